package org.openlicensing.server.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.AccountService;
import org.openlicensing.core.mail.Html;

/**
 * The page the verification e-mail links to. Opening the link only shows a button: mail scanners
 * that fetch every link must not verify accounts on their own. The button posts the token.
 */
@Path("/verify-email")
public final class VerifyEmailPage {
  private final AccountService accounts;

  public VerifyEmailPage(AccountService accounts) {
    this.accounts = accounts;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response show(@QueryParam("token") String token) {
    String safeToken = Html.escape(token == null ? "" : token);
    return page(
        200,
        "Confirm your e-mail address",
        "<form method=\"post\" action=\"/verify-email\">"
            + "<input type=\"hidden\" name=\"token\" value=\""
            + safeToken
            + "\"><button type=\"submit\">Confirm my e-mail address</button></form>");
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response confirm(@FormParam("token") String token) {
    try {
      accounts.verifyEmail(token);
      return page(200, "E-mail address confirmed", "<p>You can sign in now.</p>");
    } catch (LicensingException e) {
      return page(400, "This link does not work", "<p>" + Html.escape(e.getMessage()) + "</p>");
    }
  }

  private static Response page(int status, String title, String body) {
    String html =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + title
            + "</title></head><body><h1>"
            + title
            + "</h1>"
            + body
            + "</body></html>";
    return Response.status(status)
        .entity(html)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
        .header("Content-Security-Policy", "default-src 'none'; form-action 'self'")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }
}
