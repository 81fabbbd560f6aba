package org.openlicensing.rest.organizations;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.openlicensing.api.organizations.MemberService;
import org.openlicensing.api.organizations.NewOrganization;
import org.openlicensing.api.organizations.OrganizationService;
import org.openlicensing.api.organizations.OrganizationUpdate;
import org.openlicensing.api.organizations.OrganizationView;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** Organizations: create, list, read, change; leave one; hand its ownership on. */
@Path("/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganizationsResource {
  static final String MERGE_PATCH = "application/merge-patch+json";

  private final OrganizationService organizations;
  private final MemberService members;

  public OrganizationsResource(OrganizationService organizations, MemberService members) {
    this.organizations = organizations;
    this.members = members;
  }

  /** {@code POST} and {@code PATCH} body; in a PATCH, a field left out stays as it is. */
  public record OrganizationRequest(String name, BillingJson billing) {}

  /** {@code POST .../ownership-transfer} body. */
  public record TransferRequest(UUID accountId) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      OrganizationRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    OrganizationRequest form = Bodies.required(body);
    OrganizationView created =
        organizations.create(
            Callers.signedIn(security),
            new NewOrganization(
                form.name(), form.billing() == null ? null : form.billing().input()),
            ClientAddresses.clientInfo(request));
    return Response.created(
            UriBuilder.fromPath("/v1/organizations/{id}").build(created.organization().id()))
        .entity(OrganizationJson.of(created))
        .build();
  }

  @GET
  public ListJson<OrganizationJson> list(@Context SecurityContext security) {
    return ListJson.of(
        organizations.list(Callers.signedIn(security)).stream().map(OrganizationJson::of).toList());
  }

  @GET
  @Path("/{organizationId}")
  public OrganizationJson get(
      @PathParam("organizationId") UUID organizationId, @Context SecurityContext security) {
    return OrganizationJson.of(
        organizations.get(Callers.accountOrApiKey(security), organizationId));
  }

  @PATCH
  @Path("/{organizationId}")
  @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
  public OrganizationJson update(
      @PathParam("organizationId") UUID organizationId,
      OrganizationRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    OrganizationRequest form = Bodies.required(body);
    return OrganizationJson.of(
        organizations.update(
            Callers.accountOrApiKey(security),
            organizationId,
            new OrganizationUpdate(
                form.name(), form.billing() == null ? null : form.billing().input()),
            ClientAddresses.clientInfo(request)));
  }

  /** The caller leaves; its licenses of the organization go back and its devices stop. */
  @POST
  @Path("/{organizationId}/leave")
  public MemberJson.RemovalJson leave(
      @PathParam("organizationId") UUID organizationId,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return MemberJson.RemovalJson.of(
        members.leave(
            Callers.signedIn(security), organizationId, ClientAddresses.clientInfo(request)));
  }

  @POST
  @Path("/{organizationId}/ownership-transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  public MemberJson transferOwnership(
      @PathParam("organizationId") UUID organizationId,
      TransferRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    TransferRequest form = Bodies.required(body);
    return MemberJson.of(
        members.transferOwnership(
            Callers.signedIn(security),
            organizationId,
            form.accountId(),
            ClientAddresses.clientInfo(request)));
  }
}
