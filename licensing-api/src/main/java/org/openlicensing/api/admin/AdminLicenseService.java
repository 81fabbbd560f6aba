package org.openlicensing.api.admin;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.organizations.BulkReport;

/** Support's actions on any license, for platform ADMINs; each is audited. */
public interface AdminLicenseService {
  /** The most licenses one revocation may name. */
  int MAX_REVOCATIONS = 10_000;

  /** Frees every device of the license, without the holders' limit on resets. */
  LicenseView reset(Caller admin, UUID licenseId, ClientInfo client);

  /**
   * Revokes the license for good, as after fraud or a leaked key: its devices are deactivated, and
   * validation answers REVOKED from then on. Revoking a revoked license changes nothing.
   *
   * @param reason why, for the audit log; 1 to 500 characters
   */
  LicenseView revoke(Caller admin, UUID licenseId, String reason, ClientInfo client);

  /**
   * Revokes up to {@link #MAX_REVOCATIONS} licenses at once, as {@link #revoke} does one, with a
   * report per id: REVOKED, ALREADY_REVOKED, NOT_FOUND, or DUPLICATE_LINE for an id named before.
   * Ids that are not found change nothing; the others are revoked in one transaction.
   */
  BulkReport revokeAll(Caller admin, List<UUID> licenseIds, String reason, ClientInfo client);
}
