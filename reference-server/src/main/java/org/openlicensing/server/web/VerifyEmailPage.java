package org.openlicensing.server.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.AccountService;
import org.openlicensing.rest.security.ClientAddresses;

/** The page the verification e-mail links to: a button that posts the token. */
@Path("/verify-email")
public final class VerifyEmailPage {
  private final AccountService accounts;

  public VerifyEmailPage(AccountService accounts) {
    this.accounts = accounts;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response show(@QueryParam("token") String token) {
    return Pages.page(
        200,
        "Confirm your e-mail address",
        Pages.form("/verify-email", token, "", "Confirm my e-mail address"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response confirm(
      @FormParam("token") String token, @Context ContainerRequestContext request) {
    try {
      accounts.verifyEmail(token, ClientAddresses.clientInfo(request));
      return Pages.page(200, "E-mail address confirmed", Pages.paragraph("You can sign in now."));
    } catch (LicensingException e) {
      return Pages.page(
          e.code().httpStatus(), "This link does not work", Pages.paragraph(e.getMessage()));
    }
  }
}
