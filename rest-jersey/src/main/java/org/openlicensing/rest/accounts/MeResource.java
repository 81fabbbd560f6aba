package org.openlicensing.rest.accounts;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openlicensing.api.accounts.AccountService;
import org.openlicensing.rest.security.Callers;

/** The signed-in account. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {
  private final AccountService accounts;

  public MeResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @GET
  public AccountJson me(@Context SecurityContext security) {
    return AccountJson.of(accounts.get(Callers.account(security).accountId()));
  }
}
