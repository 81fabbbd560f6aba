package org.openlicensing.rest.accounts;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.openlicensing.api.accounts.AccountService;
import org.openlicensing.api.accounts.ProfileService;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.api.accounts.SignUpReceipt;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.security.ClientAddresses;

/**
 * Opening an account and proving its address. Open to anyone; the answers do not reveal whether an
 * address has an account.
 */
@Path("/v1/accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class AccountsResource {
  private final AccountService accounts;
  private final ProfileService profiles;

  public AccountsResource(AccountService accounts, ProfileService profiles) {
    this.accounts = accounts;
    this.profiles = profiles;
  }

  @POST
  public Response signUp(SignUpRequest body, @Context ContainerRequestContext request) {
    SignUpRequest form = Bodies.required(body);
    SignUpReceipt receipt =
        accounts.signUp(
            new SignUp(form.email(), form.password(), form.name(), form.invitationToken()),
            ClientAddresses.clientInfo(request));
    return Response.created(UriBuilder.fromPath("/v1/me").build())
        .entity(SignUpJson.of(receipt))
        .build();
  }

  @POST
  @Path("/verify")
  public SignUpJson verify(VerifyRequest body, @Context ContainerRequestContext request) {
    return SignUpJson.of(
        accounts.verifyEmail(Bodies.required(body).token(), ClientAddresses.clientInfo(request)));
  }

  /** 202 whatever the address: a link goes out only to an account still waiting for one. */
  @POST
  @Path("/verify/resend")
  public Response resendVerification(EmailRequest body, @Context ContainerRequestContext request) {
    accounts.resendVerification(Bodies.required(body).email(), ClientAddresses.clientInfo(request));
    return Response.accepted().build();
  }

  /** The link of an address change; public, as it may be opened on another device. */
  @POST
  @Path("/confirm-email")
  public SignUpJson confirmEmail(VerifyRequest body, @Context ContainerRequestContext request) {
    return SignUpJson.of(
        profiles.confirmEmailChange(
            Bodies.required(body).token(), ClientAddresses.clientInfo(request)));
  }
}
