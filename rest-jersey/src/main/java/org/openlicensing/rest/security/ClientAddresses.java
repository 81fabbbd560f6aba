package org.openlicensing.rest.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.rest.RequestIds;

/**
 * The network address of the client. The container knows it, JAX-RS does not: the server that
 * mounts the API stores it in the request property {@link #PROPERTY}.
 */
public final class ClientAddresses {
  public static final String PROPERTY = "org.openlicensing.clientAddress";

  private ClientAddresses() {}

  public static String of(ContainerRequestContext request) {
    Object address = request.getProperty(PROPERTY);
    return address == null ? null : address.toString();
  }

  /** Where the request came from, with the request id, for throttling, sessions and audit. */
  public static ClientInfo clientInfo(ContainerRequestContext request) {
    String userAgent = request.getHeaderString(HttpHeaders.USER_AGENT);
    return new ClientInfo(of(request), userAgent, RequestIds.current());
  }
}
