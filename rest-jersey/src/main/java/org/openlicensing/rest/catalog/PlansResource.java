package org.openlicensing.rest.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.catalog.CatalogService;
import org.openlicensing.rest.ListJson;

/** The catalog. Open to anyone: a shop shows it before sign-up. */
@Path("/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
public final class PlansResource {
  private final CatalogService catalog;

  public PlansResource(CatalogService catalog) {
    this.catalog = catalog;
  }

  @GET
  public ListJson<PlanJson> plans() {
    return ListJson.of(catalog.plans().stream().map(PlanJson::of).toList());
  }

  @GET
  @Path("/{code}")
  public PlanJson plan(@PathParam("code") String code) {
    return catalog
        .plan(code)
        .map(PlanJson::of)
        .orElseThrow(() -> LicensingException.notFound("plan"));
  }
}
