package org.openlicensing.server.http;

import jakarta.annotation.Priority;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import org.glassfish.grizzly.http.server.Request;
import org.openlicensing.rest.security.ClientAddresses;

/**
 * Tells the API the client's address, which only the container (Grizzly) knows, or, behind a
 * trusted proxy, the address the proxy forwarded.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class ClientAddressFilter implements ContainerRequestFilter {
  private final TrustedProxies proxies;
  @Context private Provider<Request> grizzlyRequest;

  public ClientAddressFilter(TrustedProxies proxies) {
    this.proxies = proxies;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Request container = grizzlyRequest.get();
    if (container != null) {
      request.setProperty(
          ClientAddresses.PROPERTY,
          proxies.clientAddress(
              container.getRemoteAddr(), request.getHeaderString("X-Forwarded-For")));
    }
  }
}
