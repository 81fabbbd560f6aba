package org.openlicensing.rest.organizations;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.InvitationService;
import org.openlicensing.api.organizations.InviteRow;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.limits.LargeBody;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** An organization's invitations: send one or a file of them, list, revoke, resend. */
@Path("/v1/organizations/{organizationId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
public final class InvitationsResource {
  static final String CSV = "text/csv";

  private final InvitationService invitations;

  public InvitationsResource(InvitationService invitations) {
    this.invitations = invitations;
  }

  /** {@code POST} body. */
  public record InviteRequest(String email, OrganizationRole role) {}

  /** {@code POST .../bulk} body in JSON; roles are text, so a bad one fails only its line. */
  public record BulkInviteRequest(List<Line> invitations) {
    /** One line. */
    public record Line(String email, String role) {}
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invite(
      @PathParam("organizationId") UUID organizationId,
      InviteRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    InviteRequest form = Bodies.required(body);
    Invitation invitation =
        invitations.invite(
            Callers.accountOrApiKey(security),
            organizationId,
            form.email(),
            form.role(),
            ClientAddresses.clientInfo(request));
    return Response.created(
            UriBuilder.fromPath("/v1/organizations/{org}/invitations/{id}")
                .build(organizationId, invitation.id()))
        .entity(InvitationJson.of(invitation, Instant.now()))
        .build();
  }

  /** A CSV file of {@code email,role} lines, up to 1,000; answers a report line by line. */
  @POST
  @Path("/bulk")
  @Consumes(CSV)
  @LargeBody
  public BulkReportJson inviteCsv(
      @PathParam("organizationId") UUID organizationId,
      String body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return BulkReportJson.of(
        invitations.inviteAll(
            Callers.accountOrApiKey(security),
            organizationId,
            InvitationCsv.parse(body),
            ClientAddresses.clientInfo(request)));
  }

  /** The same as the CSV file, as JSON. */
  @POST
  @Path("/bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @LargeBody
  public BulkReportJson inviteJson(
      @PathParam("organizationId") UUID organizationId,
      BulkInviteRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    BulkInviteRequest form = Bodies.required(body);
    List<InviteRow> rows = null;
    if (form.invitations() != null) {
      rows = new ArrayList<>();
      for (int i = 0; i < form.invitations().size(); i++) {
        BulkInviteRequest.Line line = form.invitations().get(i);
        rows.add(
            line == null
                ? new InviteRow(i + 1, null, null)
                : new InviteRow(i + 1, line.email(), line.role()));
      }
    }
    return BulkReportJson.of(
        invitations.inviteAll(
            Callers.accountOrApiKey(security),
            organizationId,
            rows,
            ClientAddresses.clientInfo(request)));
  }

  /** Open invitations, pending or expired, oldest first. */
  @GET
  public ListJson<InvitationJson> list(
      @PathParam("organizationId") UUID organizationId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @Context SecurityContext security) {
    Instant now = Instant.now();
    return ListJson.of(
        invitations.pending(Callers.accountOrApiKey(security), organizationId, cursor, limit),
        invitation -> InvitationJson.of(invitation, now));
  }

  @DELETE
  @Path("/{invitationId}")
  public Response revoke(
      @PathParam("organizationId") UUID organizationId,
      @PathParam("invitationId") UUID invitationId,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    invitations.revoke(
        Callers.accountOrApiKey(security),
        organizationId,
        invitationId,
        ClientAddresses.clientInfo(request));
    return Response.noContent().build();
  }

  /** A new e-mail with a new token and 7 more days; the old link stops working. */
  @POST
  @Path("/{invitationId}/resend")
  public InvitationJson resend(
      @PathParam("organizationId") UUID organizationId,
      @PathParam("invitationId") UUID invitationId,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return InvitationJson.of(
        invitations.resend(
            Callers.accountOrApiKey(security),
            organizationId,
            invitationId,
            ClientAddresses.clientInfo(request)),
        Instant.now());
  }
}
