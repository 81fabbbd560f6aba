package org.openlicensing.core.usage;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.licenses.LicenseKeys;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.support.Callers;
import org.openlicensing.core.support.Secrets;

/**
 * Who may report and read a license's usage. The device proves itself with the license's key; the
 * license's holder and its organization's managers act for it. A caller who may not even see the
 * license finds none, exactly as for an id that does not exist.
 */
final class UsageAccess {
  private final OrganizationAccess access;

  UsageAccess(OrganizationAccess access) {
    this.access = access;
  }

  /**
   * The device, the holder, the organization's owners and admins and its WRITE keys may report; one
   * who only sees the license (a billing manager, a READ key) is FORBIDDEN; anyone else NOT_FOUND.
   */
  void requireReporter(Caller caller, License license) {
    if (isDevice(caller, license)
        || isHolder(caller, license)
        || access.allows(
            caller, license.organizationId(), OrganizationPermission.MANAGE_LICENSES)) {
      return;
    }
    if (access.maySeeAll(caller, license.organizationId())) {
      throw new LicensingException(
          ErrorCode.FORBIDDEN,
          "reporting usage needs the license's key, its holder, an owner or admin of its"
              + " organization, or an API key with the WRITE scope");
    }
    throw notFound();
  }

  /** The device, the holder, and whoever sees everything of the organization may read. */
  void requireReader(Caller caller, License license) {
    if (!isDevice(caller, license)
        && !isHolder(caller, license)
        && !access.maySeeAll(caller, license.organizationId())) {
      throw notFound();
    }
  }

  static LicensingException notFound() {
    return LicensingException.notFound("license");
  }

  private static boolean isDevice(Caller caller, License license) {
    return caller instanceof Caller.LicenseKeyCaller device
        && Secrets.sameSecret(LicenseKeys.normalize(device.licenseKey()), license.key());
  }

  private static boolean isHolder(Caller caller, License license) {
    UUID accountId = Callers.accountIdOf(caller);
    return accountId != null && license.assigneeId().equals(Optional.of(accountId));
  }
}
