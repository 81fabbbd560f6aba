package org.openlicensing.core.licenses;

import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.catalog.LicensePolicy;

/** Whether a license's policy lets a device run on files, without the network. */
final class OfflinePolicy {
  private OfflinePolicy() {}

  static void requireOfflineUse(LicensePolicy policy) {
    if (!policy.offlineAllowed()) {
      throw new LicensingException(
          ErrorCode.OFFLINE_NOT_ALLOWED, "the license's plan does not allow offline use");
    }
    if (policy.floating()) {
      // A lease lives on heartbeats, which a device without the network cannot send.
      throw new LicensingException(
          ErrorCode.OFFLINE_NOT_ALLOWED,
          "a floating license runs on leases kept alive online; it has no offline files");
    }
  }
}
