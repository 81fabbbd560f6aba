package org.openlicensing.rest.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.openlicensing.api.admin.AdminCatalogService;
import org.openlicensing.api.admin.PlanDetail;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.catalog.CatalogPlanJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/**
 * The catalog as platform admins edit it: every plan, retired ones too, with its versions. A change
 * of prices takes effect for new subscriptions and at each subscription's next renewal.
 */
@Path("/v1/admin/plans")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminPlansResource {
  private final AdminCatalogService catalog;

  public AdminPlansResource(AdminCatalogService catalog) {
    this.catalog = catalog;
  }

  @GET
  public ListJson<AdminPlanJson.Summary> list(@Context SecurityContext security) {
    return ListJson.of(
        catalog.plans(Callers.signedIn(security)).stream().map(AdminPlanJson.Summary::of).toList());
  }

  @GET
  @Path("/{code}")
  public AdminPlanJson.Detail plan(
      @PathParam("code") String code, @Context SecurityContext security) {
    return AdminPlanJson.Detail.of(catalog.plan(Callers.signedIn(security), code));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      CatalogPlanJson body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    PlanDetail created =
        catalog.create(
            Callers.signedIn(security),
            Bodies.required(body).toDraft(),
            ClientAddresses.clientInfo(request));
    return Response.created(
            UriBuilder.fromPath("/v1/admin/plans/{code}").build(created.current().plan().code()))
        .entity(AdminPlanJson.Detail.of(created))
        .build();
  }

  /** Replaces the whole plan; the body's code may be left out, and must not differ. */
  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AdminPlanJson.Detail replace(
      @PathParam("code") String code,
      CatalogPlanJson body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return AdminPlanJson.Detail.of(
        catalog.replace(
            Callers.signedIn(security),
            code,
            Bodies.required(body).toDraft(),
            ClientAddresses.clientInfo(request)));
  }
}
