package org.openlicensing.core.licenses;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.AssignmentRow;
import org.openlicensing.api.licenses.BulkLicenseService;
import org.openlicensing.api.licenses.Export;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.organizations.BulkReport;

/** An organization's licenses in bulk: exports and assignment files. */
public final class DefaultBulkLicenseService implements BulkLicenseService {
  private final LicenseExports exports;
  private final BulkAssignment assignment;

  public DefaultBulkLicenseService(LicenseExports exports, BulkAssignment assignment) {
    this.exports = exports;
    this.assignment = assignment;
  }

  @Override
  public Export<LicenseView> exportLicenses(Caller caller, UUID organizationId, ClientInfo client) {
    return exports.licenses(caller, organizationId, client);
  }

  @Override
  public Export<Activation> exportActivations(
      Caller caller, UUID organizationId, ClientInfo client) {
    return exports.activations(caller, organizationId, client);
  }

  @Override
  public BulkReport assignAll(
      Caller caller, UUID organizationId, List<AssignmentRow> rows, ClientInfo client) {
    return assignment.assignAll(caller, organizationId, rows, client);
  }
}
