package org.openlicensing.rest.auth;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.AuthService;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.security.ClientAddresses;

/** Signing in and refreshing: the token endpoint. */
@Path("/v1/auth/token")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class TokenResource {
  private final AuthService auth;

  public TokenResource(AuthService auth) {
    this.auth = auth;
  }

  @POST
  public Response token(TokenRequest body, @Context ContainerRequestContext request) {
    TokenRequest form = Bodies.required(body);
    ClientInfo client = ClientAddresses.clientInfo(request);
    String grant = form.grantType() == null ? "" : form.grantType();
    TokenPair pair =
        switch (grant) {
          case "password" -> auth.login(form.email(), form.password(), client);
          case "refresh_token" -> auth.refresh(form.refreshToken(), client);
          default ->
              throw LicensingException.invalid(
                  "grant_type", "must be \"password\" or \"refresh_token\"");
        };
    // RFC 6749, section 5.1: token responses must not be cached.
    return Response.ok(TokenJson.of(pair))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
