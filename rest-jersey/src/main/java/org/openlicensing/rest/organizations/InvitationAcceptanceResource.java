package org.openlicensing.rest.organizations;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openlicensing.api.organizations.InvitationService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/**
 * The invited side: what a token invites to, and accepting it. The token travels in the body, never
 * in a URL that logs would keep.
 */
@Path("/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InvitationAcceptanceResource {
  private final InvitationService invitations;

  public InvitationAcceptanceResource(InvitationService invitations) {
    this.invitations = invitations;
  }

  /** Body of both endpoints. */
  public record TokenRequest(String token) {
    @Override
    public String toString() {
      return "TokenRequest[token=<hidden>]";
    }
  }

  /** For anyone holding the token, signed in or not. */
  @POST
  @Path("/preview")
  public InvitationJson.PreviewJson preview(
      TokenRequest body, @Context ContainerRequestContext request) {
    return InvitationJson.PreviewJson.of(
        invitations.preview(Bodies.required(body).token(), ClientAddresses.clientInfo(request)));
  }

  /** The signed-in account holding the invited address joins. */
  @POST
  @Path("/accept")
  public InvitationJson.MembershipJson accept(
      TokenRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    TokenRequest form = Bodies.required(body);
    return InvitationJson.MembershipJson.of(
        invitations.accept(
            Callers.signedIn(security), form.token(), ClientAddresses.clientInfo(request)));
  }
}
