package org.openlicensing.rest.admin;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openlicensing.api.admin.AdminLicenseService;
import org.openlicensing.rest.licenses.LicenseJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** Support's actions on any license, for platform ADMINs. */
@Path("/v1/admin/licenses")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminLicensesResource {
  private final AdminLicenseService licenses;

  public AdminLicensesResource(AdminLicenseService licenses) {
    this.licenses = licenses;
  }

  /** Frees every device of the license, without the holders' limit on resets; audited. */
  @POST
  @Path("/{id}/reset")
  public LicenseJson reset(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return LicenseJson.of(
        licenses.reset(Callers.signedIn(security), id, ClientAddresses.clientInfo(request)));
  }
}
