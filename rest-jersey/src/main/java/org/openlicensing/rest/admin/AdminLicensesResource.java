package org.openlicensing.rest.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.admin.AdminLicenseService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.licenses.LicenseJson;
import org.openlicensing.rest.limits.LargeBody;
import org.openlicensing.rest.organizations.BulkReportJson;
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

  /** {@code POST .../{id}/revoke} body. */
  public record RevokeRequest(String reason) {}

  /** {@code POST .../revocations} body: up to 10,000 license ids and one reason for all. */
  public record RevocationsRequest(List<UUID> licenseIds, String reason) {}

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

  /** Revokes the license for good: its devices stop, validation answers REVOKED; audited. */
  @POST
  @Path("/{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  public LicenseJson revoke(
      @PathParam("id") UUID id,
      RevokeRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    RevokeRequest form = Bodies.required(body);
    return LicenseJson.of(
        licenses.revoke(
            Callers.signedIn(security), id, form.reason(), ClientAddresses.clientInfo(request)));
  }

  /** Revokes many licenses at once, with a report per id; repeating it changes nothing. */
  @POST
  @Path("/revocations")
  @Consumes(MediaType.APPLICATION_JSON)
  @LargeBody
  public BulkReportJson revokeAll(
      RevocationsRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    RevocationsRequest form = Bodies.required(body);
    return BulkReportJson.of(
        licenses.revokeAll(
            Callers.signedIn(security),
            form.licenseIds(),
            form.reason(),
            ClientAddresses.clientInfo(request)));
  }
}
