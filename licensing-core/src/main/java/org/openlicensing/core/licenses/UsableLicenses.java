package org.openlicensing.core.licenses;

import java.time.Instant;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.licenses.License;

/**
 * Refuses device work on a license that may not run: the state validation would report, as the
 * error a device acting on it gets.
 */
final class UsableLicenses {
  private UsableLicenses() {}

  static void require(License license, Instant now) {
    switch (ValidationRules.judgeState(license, now)) {
      case VALID -> {}
      case SUSPENDED ->
          throw new LicensingException(ErrorCode.LICENSE_SUSPENDED, "the license is suspended");
      case REVOKED ->
          throw new LicensingException(ErrorCode.LICENSE_REVOKED, "the license is revoked");
      default ->
          throw new LicensingException(
              ErrorCode.LICENSE_EXPIRED, "the license expired at " + license.expiresAt());
    }
  }
}
