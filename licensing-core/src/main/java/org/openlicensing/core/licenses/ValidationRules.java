package org.openlicensing.core.licenses;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.licenses.ValidationCode;

/** The order in which a license is judged; pure, so that every rule is tested on its own. */
final class ValidationRules {
  private ValidationRules() {}

  /**
   * @param fingerprint the device asking, or null to judge the license alone
   * @param activeActivations the license's active activations
   */
  static ValidationCode judge(
      Optional<License> found,
      String fingerprint,
      List<Activation> activeActivations,
      Instant now) {
    if (found.isEmpty()) {
      return ValidationCode.NOT_FOUND;
    }
    License license = found.get();
    ValidationCode state = judgeState(license, now);
    if (state != ValidationCode.VALID || fingerprint == null) {
      return state;
    }
    if (activeActivations.isEmpty()) {
      return ValidationCode.NOT_ACTIVATED;
    }
    boolean activeHere =
        activeActivations.stream().anyMatch(a -> a.fingerprint().equals(fingerprint));
    return activeHere ? ValidationCode.VALID : ValidationCode.FINGERPRINT_MISMATCH;
  }

  /** The license's own state, before any device is considered. */
  static ValidationCode judgeState(License license, Instant now) {
    if (license.status() == LicenseStatus.REVOKED) {
      return ValidationCode.REVOKED;
    }
    if (license.status() == LicenseStatus.SUSPENDED) {
      return ValidationCode.SUSPENDED;
    }
    if (license.isExpiredAt(now)) {
      return ValidationCode.EXPIRED;
    }
    return ValidationCode.VALID;
  }
}
