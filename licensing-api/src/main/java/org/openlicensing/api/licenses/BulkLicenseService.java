package org.openlicensing.api.licenses;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.organizations.BulkRejectedException;
import org.openlicensing.api.organizations.BulkReport;

/**
 * An organization's licenses in bulk: exported for those who may read all of them, and assigned to
 * members from a file by those who manage them.
 */
public interface BulkLicenseService {
  /** The most lines an assignment file may have: one per seat of a large subscription. */
  int MAX_ASSIGNMENT_LINES = 10_000;

  /**
   * Every license of the organization, in id order, for those who may read all of them (owners,
   * admins, billing managers, READ-scoped keys, platform admins). The caller is checked now: to one
   * with no standing in the organization it is NOT_FOUND, to a member whose role does not allow it
   * FORBIDDEN; the rows are read when the export runs. Each export is audited ({@code
   * organization.licenses_exported}): it hands out every key of the organization.
   */
  Export<LicenseView> exportLicenses(Caller caller, UUID organizationId, ClientInfo client);

  /** As {@link #exportLicenses(Caller, UUID, ClientInfo)}, from inside the process. */
  default Export<LicenseView> exportLicenses(Caller caller, UUID organizationId) {
    return exportLicenses(caller, organizationId, ClientInfo.UNKNOWN);
  }

  /**
   * The active activations of the organization's licenses, by license id and then as they were
   * made, for the same callers as {@link #exportLicenses}; audited ({@code
   * organization.activations_exported}).
   */
  Export<Activation> exportActivations(Caller caller, UUID organizationId, ClientInfo client);

  /** As {@link #exportActivations(Caller, UUID, ClientInfo)}, from inside the process. */
  default Export<Activation> exportActivations(Caller caller, UUID organizationId) {
    return exportActivations(caller, organizationId, ClientInfo.UNKNOWN);
  }

  /**
   * Hands licenses to members, a line each, for those who may assign the organization's licenses.
   * Every line is judged first: the address must be a member's, the license one of this
   * organization's (another's or an unknown id is NOT_FOUND), not revoked, held by nobody or by the
   * same member already (UNCHANGED), and named once in the file. All or nothing: when any line is
   * in error nothing is applied and a {@link BulkRejectedException} carries the report; otherwise
   * every line is applied in one transaction, each assignment audited.
   *
   * @param rows 1 to {@link #MAX_ASSIGNMENT_LINES} lines
   * @throws BulkRejectedException when a line is in error
   */
  BulkReport assignAll(
      Caller caller, UUID organizationId, List<AssignmentRow> rows, ClientInfo client);
}
