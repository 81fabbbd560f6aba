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
import org.openlicensing.api.auth.PasswordService;
import org.openlicensing.rest.security.ClientAddresses;

/**
 * The page the reset e-mail links to: a new password, posted with the token. Without a token it
 * asks for the address to send a link to.
 */
@Path("/reset-password")
public final class ResetPasswordPage {
  private final PasswordService passwords;

  public ResetPasswordPage(PasswordService passwords) {
    this.passwords = passwords;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response show(@QueryParam("token") String token) {
    if (token == null || token.isBlank()) {
      return Pages.page(
          200,
          "Reset your password",
          "<form method=\"post\" action=\"/reset-password/request\"><label>E-mail address"
              + " <input type=\"email\" name=\"email\" required maxlength=\"254\"></label>"
              + "<button type=\"submit\">Send me a link</button></form>");
    }
    return Pages.page(
        200,
        "Choose a new password",
        Pages.form(
            "/reset-password",
            token,
            "<label>New password <input type=\"password\" name=\"password\" required"
                + " minlength=\"8\" maxlength=\"256\" autocomplete=\"new-password\"></label>",
            "Set my password"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response reset(
      @FormParam("token") String token,
      @FormParam("password") String password,
      @Context ContainerRequestContext request) {
    try {
      passwords.resetPassword(token, password, ClientAddresses.clientInfo(request));
      return Pages.page(
          200, "Password changed", Pages.paragraph("You can sign in with your new password."));
    } catch (LicensingException e) {
      return Pages.page(
          e.code().httpStatus(), "The password was not changed", Pages.paragraph(e.getMessage()));
    }
  }

  @POST
  @Path("/request")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response request(
      @FormParam("email") String email, @Context ContainerRequestContext request) {
    try {
      passwords.requestPasswordReset(email, ClientAddresses.clientInfo(request));
    } catch (LicensingException e) {
      return Pages.page(e.code().httpStatus(), "No link was sent", Pages.paragraph(e.getMessage()));
    }
    return Pages.page(
        200,
        "Check your e-mail",
        Pages.paragraph(
            "If an account has this address, a link to reset its password is on its way."));
  }
}
