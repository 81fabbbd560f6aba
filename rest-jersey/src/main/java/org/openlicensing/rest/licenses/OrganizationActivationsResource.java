package org.openlicensing.rest.licenses;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openlicensing.api.licenses.BulkLicenseService;
import org.openlicensing.rest.csv.CsvDownload;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** The devices active under an organization's licenses, as CSV. */
@Path("/v1/organizations/{organizationId}/activations")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganizationActivationsResource {
  private final BulkLicenseService licenses;

  public OrganizationActivationsResource(BulkLicenseService licenses) {
    this.licenses = licenses;
  }

  /** For those who may read all of the organization's licenses. */
  @GET
  @Path("/export")
  @Produces(CsvDownload.MEDIA_TYPE)
  public Response export(
      @PathParam("organizationId") UUID organizationId,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return CsvDownload.of(
        OrganizationLicensesResource.filename("activations", organizationId),
        ActivationCsv.HEADER,
        licenses.exportActivations(
            Callers.accountOrApiKey(security), organizationId, ClientAddresses.clientInfo(request)),
        ActivationCsv::cells);
  }
}
