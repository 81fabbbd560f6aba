package org.openlicensing.rest.auth;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.openlicensing.api.auth.AuthService;
import org.openlicensing.api.auth.PasswordService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.accounts.EmailRequest;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** Logout and the forgotten-password flow. */
@Path("/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {
  private final AuthService auth;
  private final PasswordService passwords;

  public AuthResource(AuthService auth, PasswordService passwords) {
    this.auth = auth;
    this.passwords = passwords;
  }

  /** Ends the session of the access token: its refresh and access tokens stop working. */
  @POST
  @Path("/logout")
  public Response logout(@Context SecurityContext security) {
    auth.logout(Callers.account(security));
    return Response.noContent().build();
  }

  /** 202 whatever the address, so that it reveals nothing; a link goes only to an account. */
  @POST
  @Path("/password-reset")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response requestReset(EmailRequest body, @Context ContainerRequestContext request) {
    passwords.requestPasswordReset(
        Bodies.required(body).email(), ClientAddresses.clientInfo(request));
    return Response.accepted().build();
  }

  @POST
  @Path("/password-reset/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reset(PasswordResetRequest body, @Context ContainerRequestContext request) {
    PasswordResetRequest form = Bodies.required(body);
    passwords.resetPassword(form.token(), form.password(), ClientAddresses.clientInfo(request));
    return Response.noContent().build();
  }
}
