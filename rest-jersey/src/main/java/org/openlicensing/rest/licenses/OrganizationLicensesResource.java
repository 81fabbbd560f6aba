package org.openlicensing.rest.licenses;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.licenses.AssignmentRow;
import org.openlicensing.api.licenses.BulkLicenseService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.csv.CsvDownload;
import org.openlicensing.rest.limits.LargeBody;
import org.openlicensing.rest.organizations.BulkReportJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** An organization's licenses in bulk: the CSV export, and assignment files. */
@Path("/v1/organizations/{organizationId}/licenses")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganizationLicensesResource {
  private final BulkLicenseService licenses;

  public OrganizationLicensesResource(BulkLicenseService licenses) {
    this.licenses = licenses;
  }

  /**
   * {@code POST .../assignments} body in JSON; the license ids are text, so that a bad one fails
   * its line rather than the whole request.
   */
  public record AssignmentsRequest(List<Line> assignments) {
    /** One line. */
    public record Line(String email, String licenseId) {}
  }

  /** Every license of the organization, as CSV, for those who may read all of them. */
  @GET
  @Path("/export")
  @Produces(CsvDownload.MEDIA_TYPE)
  public Response export(
      @PathParam("organizationId") UUID organizationId,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return CsvDownload.of(
        filename("licenses", organizationId),
        LicenseCsv.HEADER,
        licenses.exportLicenses(
            Callers.accountOrApiKey(security), organizationId, ClientAddresses.clientInfo(request)),
        LicenseCsv::cells);
  }

  /**
   * A CSV file of {@code email,licenseId} lines, up to 10,000, applied all or nothing: 200 with a
   * report of every line, or 422 BULK_FILE_INVALID with the same report when a line is in error.
   */
  @POST
  @Path("/assignments")
  @Consumes(CsvDownload.MEDIA_TYPE)
  @LargeBody
  public BulkReportJson assignCsv(
      @PathParam("organizationId") UUID organizationId,
      String body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return BulkReportJson.of(
        licenses.assignAll(
            Callers.accountOrApiKey(security),
            organizationId,
            AssignmentCsv.parse(body),
            ClientAddresses.clientInfo(request)));
  }

  /** The same as the CSV file, as JSON. */
  @POST
  @Path("/assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @LargeBody
  public BulkReportJson assignJson(
      @PathParam("organizationId") UUID organizationId,
      AssignmentsRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    AssignmentsRequest form = Bodies.required(body);
    List<AssignmentRow> rows = null;
    if (form.assignments() != null) {
      rows = new ArrayList<>();
      for (int i = 0; i < form.assignments().size(); i++) {
        AssignmentsRequest.Line line = form.assignments().get(i);
        rows.add(
            line == null
                ? new AssignmentRow(i + 1, null, null)
                : new AssignmentRow(i + 1, line.email(), line.licenseId()));
      }
    }
    return BulkReportJson.of(
        licenses.assignAll(
            Callers.accountOrApiKey(security),
            organizationId,
            rows,
            ClientAddresses.clientInfo(request)));
  }

  /** {@code licenses-<organization>-<UTC date>.csv}: ids and digits only, safe in a header. */
  static String filename(String what, UUID organizationId) {
    return what + "-" + organizationId + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
  }
}
