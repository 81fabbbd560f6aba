package org.openlicensing.core.licenses;

import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.core.support.FieldChecks;

/** The limits of what a device may send, checked before any database work. */
final class DeviceRequestChecks {
  static final int MAX_FINGERPRINT_LENGTH = 255;
  static final int MAX_NAME_LENGTH = 255;
  static final int MAX_PLATFORM_LENGTH = 64;

  private DeviceRequestChecks() {}

  /** The request with its texts stripped and its key in canonical form. */
  static ActivationRequest check(ActivationRequest request) {
    FieldChecks checks = new FieldChecks();
    String key = checks.text("licenseKey", request.licenseKey(), LicenseKeys.MAX_INPUT_LENGTH);
    String fingerprint = checks.text("fingerprint", request.fingerprint(), MAX_FINGERPRINT_LENGTH);
    String name = checks.optionalText("name", request.name(), MAX_NAME_LENGTH);
    String platform = checks.optionalText("platform", request.platform(), MAX_PLATFORM_LENGTH);
    checks.throwIfAny();
    return new ActivationRequest(LicenseKeys.normalize(key), fingerprint, name, platform);
  }

  /** A key in canonical form and the device asking, or null for the license alone. */
  record ValidationQuery(String licenseKey, String fingerprint) {}

  static ValidationQuery checkValidation(String licenseKey, String fingerprint) {
    FieldChecks checks = new FieldChecks();
    String key = checks.text("licenseKey", licenseKey, LicenseKeys.MAX_INPUT_LENGTH);
    String device = checks.optionalText("fingerprint", fingerprint, MAX_FINGERPRINT_LENGTH);
    checks.throwIfAny();
    return new ValidationQuery(LicenseKeys.normalize(key), device);
  }
}
