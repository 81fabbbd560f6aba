package org.openlicensing.rest.accounts;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountService;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.rest.Bodies;

/** Opening an account and verifying its e-mail address. Open to anyone. */
@Path("/v1/accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class AccountsResource {
  private final AccountService accounts;

  public AccountsResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @POST
  public Response signUp(SignUpRequest body) {
    SignUpRequest request = Bodies.required(body);
    Account account =
        accounts.signUp(new SignUp(request.email(), request.password(), request.name()));
    return Response.created(UriBuilder.fromPath("/v1/me").build())
        .entity(SignUpJson.of(account))
        .build();
  }

  @POST
  @Path("/verify")
  public SignUpJson verify(VerifyRequest body) {
    return SignUpJson.of(accounts.verifyEmail(Bodies.required(body).token()));
  }
}
