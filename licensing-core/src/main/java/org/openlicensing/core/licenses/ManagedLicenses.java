package org.openlicensing.core.licenses;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.support.Callers;

/**
 * Finds a license for a change and locks it, once the caller may make the change. Access is checked
 * before the lock, so that no stranger locks another tenant's row; to a caller with no standing in
 * the license's organization it is NOT_FOUND, exactly like a license that does not exist.
 */
final class ManagedLicenses {
  private final LicenseRepository licenses;
  private final OrganizationAccess access;

  ManagedLicenses(LicenseRepository licenses, OrganizationAccess access) {
    this.licenses = licenses;
    this.access = access;
  }

  /**
   * For those who manage the organization's licenses: NOT_FOUND to callers with no standing in it,
   * FORBIDDEN to members whose role does not manage licenses.
   */
  License lockForManager(Caller caller, UUID licenseId) {
    License license = find(licenseId);
    access.requireFor(
        caller, license.organizationId(), OrganizationPermission.MANAGE_LICENSES, "license");
    return lock(licenseId);
  }

  /** For the license's holder, and for those who manage the organization's licenses. */
  License lockForHolderOrManager(Caller caller, UUID licenseId) {
    boolean asHolder = requireHolderOrManager(caller, licenseId);
    License locked = lock(licenseId);
    // A holder let in before the lock may have lost the license meanwhile.
    if (asHolder && !isHolder(caller, locked)) {
      throw notFound();
    }
    return locked;
  }

  /**
   * Checks, without a lock, that the caller holds the license or manages its licenses.
   *
   * @return whether the caller is let in as the holder (rather than as a manager)
   */
  boolean requireHolderOrManager(Caller caller, UUID licenseId) {
    License license = find(licenseId);
    if (isHolder(caller, license)) {
      return true;
    }
    access.requireFor(
        caller, license.organizationId(), OrganizationPermission.MANAGE_LICENSES, "license");
    return false;
  }

  static boolean isHolder(Caller caller, License license) {
    UUID accountId = Callers.accountIdOf(caller);
    return accountId != null && license.assigneeId().equals(Optional.of(accountId));
  }

  private License find(UUID licenseId) {
    return licenses.findById(licenseId).orElseThrow(ManagedLicenses::notFound);
  }

  private License lock(UUID licenseId) {
    return licenses.lockById(licenseId).orElseThrow(ManagedLicenses::notFound);
  }

  static LicensingException notFound() {
    return LicensingException.notFound("license");
  }
}
