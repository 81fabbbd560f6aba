package org.openlicensing.rest.organizations;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.organizations.MemberService;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.organizations.RoleChange;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.limits.LargeBody;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** An organization's members: list, change a role, remove; and the same in bulk. */
@Path("/v1/organizations/{organizationId}/members")
@Produces(MediaType.APPLICATION_JSON)
public final class MembersResource {
  private final MemberService members;

  public MembersResource(MemberService members) {
    this.members = members;
  }

  /** {@code PATCH} body. */
  public record RoleRequest(OrganizationRole role) {}

  /**
   * {@code POST .../bulk-role-change} body. Roles are text, so that a bad one fails its line rather
   * than the whole request.
   */
  public record BulkRoleChangeRequest(List<RoleChangeLine> changes) {
    /** One line. */
    public record RoleChangeLine(UUID accountId, String role) {}
  }

  /** {@code POST .../bulk-removal} body. */
  public record BulkRemovalRequest(List<UUID> accountIds) {}

  @GET
  public ListJson<MemberJson> list(
      @PathParam("organizationId") UUID organizationId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @Context SecurityContext security) {
    return ListJson.of(
        members.list(Callers.accountOrApiKey(security), organizationId, cursor, limit),
        MemberJson::of);
  }

  @PATCH
  @Path("/{accountId}")
  @Consumes({MediaType.APPLICATION_JSON, OrganizationsResource.MERGE_PATCH})
  public MemberJson changeRole(
      @PathParam("organizationId") UUID organizationId,
      @PathParam("accountId") UUID accountId,
      RoleRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    RoleRequest form = Bodies.required(body);
    return MemberJson.of(
        members.changeRole(
            Callers.accountOrApiKey(security),
            organizationId,
            accountId,
            form.role(),
            ClientAddresses.clientInfo(request)));
  }

  @DELETE
  @Path("/{accountId}")
  public MemberJson.RemovalJson remove(
      @PathParam("organizationId") UUID organizationId,
      @PathParam("accountId") UUID accountId,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return MemberJson.RemovalJson.of(
        members.remove(
            Callers.accountOrApiKey(security),
            organizationId,
            accountId,
            ClientAddresses.clientInfo(request)));
  }

  @POST
  @Path("/bulk-role-change")
  @Consumes(MediaType.APPLICATION_JSON)
  @LargeBody
  public BulkReportJson changeRoles(
      @PathParam("organizationId") UUID organizationId,
      BulkRoleChangeRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    BulkRoleChangeRequest form = Bodies.required(body);
    List<RoleChange> changes =
        form.changes() == null
            ? null
            : form.changes().stream()
                .map(line -> line == null ? null : new RoleChange(line.accountId(), line.role()))
                .toList();
    return BulkReportJson.of(
        members.changeRoles(
            Callers.accountOrApiKey(security),
            organizationId,
            changes,
            ClientAddresses.clientInfo(request)));
  }

  @POST
  @Path("/bulk-removal")
  @Consumes(MediaType.APPLICATION_JSON)
  @LargeBody
  public BulkReportJson removeAll(
      @PathParam("organizationId") UUID organizationId,
      BulkRemovalRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    BulkRemovalRequest form = Bodies.required(body);
    return BulkReportJson.of(
        members.removeAll(
            Callers.accountOrApiKey(security),
            organizationId,
            form.accountIds(),
            ClientAddresses.clientInfo(request)));
  }
}
