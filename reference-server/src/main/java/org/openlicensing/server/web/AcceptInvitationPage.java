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
import java.util.Locale;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.AccountService;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.api.auth.AuthService;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.api.organizations.InvitationPreview;
import org.openlicensing.api.organizations.InvitationService;
import org.openlicensing.core.mail.Html;
import org.openlicensing.rest.security.ClientAddresses;

/**
 * The page an invitation e-mail links to. It shows what the token invites to, and offers both ways
 * in: sign in with the invited address and join at once, or create an account with it, which joins
 * when the address is confirmed. The token travels in form posts only.
 */
@Path("/accept-invitation")
public final class AcceptInvitationPage {
  private final InvitationService invitations;
  private final AuthService auth;
  private final AccountService accounts;

  public AcceptInvitationPage(
      InvitationService invitations, AuthService auth, AccountService accounts) {
    this.invitations = invitations;
    this.auth = auth;
    this.accounts = accounts;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response show(
      @QueryParam("token") String token, @Context ContainerRequestContext request) {
    InvitationPreview preview;
    try {
      preview = invitations.preview(token, ClientAddresses.clientInfo(request));
    } catch (LicensingException e) {
      return Pages.page(
          e.code().httpStatus(), "This invitation does not work", Pages.paragraph(e.getMessage()));
    }
    String email = Html.escape(preview.email());
    return Pages.page(
        200,
        "Join " + preview.organizationName(),
        Pages.paragraph(
                "You are invited to join "
                    + preview.organizationName()
                    + " as "
                    + preview.role().name().toLowerCase(Locale.ROOT)
                    + ", with the address "
                    + preview.email()
                    + ".")
            + "<h2>I have an account</h2>"
            + Pages.form(
                "/accept-invitation/sign-in",
                token,
                "<input type=\"hidden\" name=\"email\" value=\""
                    + email
                    + "\"><label>Password <input type=\"password\" name=\"password\" required"
                    + " maxlength=\"256\" autocomplete=\"current-password\"></label>",
                "Sign in and join")
            + "<h2>I am new here</h2>"
            + Pages.form(
                "/accept-invitation/sign-up",
                token,
                "<input type=\"hidden\" name=\"email\" value=\""
                    + email
                    + "\"><label>Your name <input name=\"name\" required maxlength=\"200\""
                    + " autocomplete=\"name\"></label><label>Password <input type=\"password\""
                    + " name=\"password\" required minlength=\"8\" maxlength=\"256\""
                    + " autocomplete=\"new-password\"></label>",
                "Create my account"));
  }

  @POST
  @Path("/sign-in")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response signInAndJoin(
      @FormParam("token") String token,
      @FormParam("email") String email,
      @FormParam("password") String password,
      @Context ContainerRequestContext request) {
    ClientInfo client = ClientAddresses.clientInfo(request);
    try {
      TokenPair session = auth.login(email, password, client);
      Caller caller = auth.authenticate(session.accessToken());
      try {
        invitations.accept(caller, token, client);
      } finally {
        // The page only needed the sign-in to prove who joins; it keeps no session.
        if (caller instanceof Caller.AccountCaller account) {
          auth.logout(account.principal());
        }
      }
      return Pages.page(
          200, "Welcome aboard", Pages.paragraph("You joined the organization. Sign in to go on."));
    } catch (LicensingException e) {
      return Pages.page(e.code().httpStatus(), "You did not join", Pages.paragraph(e.getMessage()));
    }
  }

  @POST
  @Path("/sign-up")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response signUpAndJoin(
      @FormParam("token") String token,
      @FormParam("email") String email,
      @FormParam("name") String name,
      @FormParam("password") String password,
      @Context ContainerRequestContext request) {
    try {
      accounts.signUp(
          new SignUp(email, password, name, token), ClientAddresses.clientInfo(request));
    } catch (LicensingException e) {
      return Pages.page(
          e.code().httpStatus(), "No account was created", Pages.paragraph(e.getMessage()));
    }
    return Pages.page(
        200,
        "Check your e-mail",
        Pages.paragraph(
            "Open the link we sent to confirm your address; you join the organization as soon as"
                + " it is confirmed. If you had an account with this address already, sign in and"
                + " open the invitation's link again."));
  }
}
