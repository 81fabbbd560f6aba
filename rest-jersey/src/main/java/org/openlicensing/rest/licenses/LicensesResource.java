package org.openlicensing.rest.licenses;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openlicensing.api.licenses.LicenseService;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.security.Callers;

/** The licenses the signed-in account may see. */
@Path("/v1/licenses")
@Produces(MediaType.APPLICATION_JSON)
public final class LicensesResource {
  private final LicenseService licenses;

  public LicensesResource(LicenseService licenses) {
    this.licenses = licenses;
  }

  @GET
  public ListJson<LicenseJson> list(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @Context SecurityContext security) {
    return ListJson.of(
        licenses.visibleTo(Callers.accountOrApiKey(security), cursor, limit), LicenseJson::of);
  }

  @GET
  @Path("/{id}")
  public LicenseJson get(@PathParam("id") UUID id, @Context SecurityContext security) {
    return LicenseJson.of(licenses.get(Callers.accountOrApiKey(security), id));
  }
}
