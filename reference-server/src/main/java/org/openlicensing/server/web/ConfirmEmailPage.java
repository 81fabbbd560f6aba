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
import org.openlicensing.api.accounts.ProfileService;
import org.openlicensing.rest.security.ClientAddresses;

/** The page an address-change e-mail links to: a button that posts the token. */
@Path("/confirm-email")
public final class ConfirmEmailPage {
  private final ProfileService profiles;

  public ConfirmEmailPage(ProfileService profiles) {
    this.profiles = profiles;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response show(@QueryParam("token") String token) {
    return Pages.page(
        200,
        "Confirm your new e-mail address",
        Pages.form("/confirm-email", token, "", "Use this address for my account"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response confirm(
      @FormParam("token") String token, @Context ContainerRequestContext request) {
    try {
      profiles.confirmEmailChange(token, ClientAddresses.clientInfo(request));
      return Pages.page(
          200, "E-mail address changed", Pages.paragraph("Sign in with your new address."));
    } catch (LicensingException e) {
      return Pages.page(
          e.code().httpStatus(), "This link does not work", Pages.paragraph(e.getMessage()));
    }
  }
}
