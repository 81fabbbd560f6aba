package org.openlicensing.core.licenses;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.ValidationRequest;
import org.openlicensing.core.support.FieldChecks;

/** The limits of what a device may send, checked before any database work. */
final class DeviceRequestChecks {
  static final int MAX_FINGERPRINT_LENGTH = 255;
  static final int MAX_NAME_LENGTH = 255;
  static final int MAX_PLATFORM_LENGTH = 64;

  /** As many as a plan may hold, and names as long as a plan's. */
  static final int MAX_ENTITLEMENTS = 100;

  static final int MAX_ENTITLEMENT_LENGTH = 40;

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

  /**
   * A key in canonical form, the device asking (null for the license alone), and the entitlements
   * asked for (empty for none).
   */
  record ValidationQuery(String licenseKey, String fingerprint, Set<String> entitlements) {}

  static ValidationQuery checkValidation(ValidationRequest request) {
    FieldChecks checks = new FieldChecks();
    String key = checks.text("licenseKey", request.licenseKey(), LicenseKeys.MAX_INPUT_LENGTH);
    String device =
        checks.optionalText("fingerprint", request.fingerprint(), MAX_FINGERPRINT_LENGTH);
    Set<String> entitlements = entitlements(checks, request.entitlements());
    checks.throwIfAny();
    return new ValidationQuery(LicenseKeys.normalize(key), device, Set.copyOf(entitlements));
  }

  private static Set<String> entitlements(FieldChecks checks, List<String> asked) {
    Set<String> entitlements = new LinkedHashSet<>();
    if (asked == null) {
      return entitlements;
    }
    if (asked.size() > MAX_ENTITLEMENTS) {
      checks.reject("entitlements", "must hold at most " + MAX_ENTITLEMENTS + " entitlements");
      return entitlements;
    }
    for (int i = 0; i < asked.size(); i++) {
      String entitlement =
          checks.text("entitlements[" + i + "]", asked.get(i), MAX_ENTITLEMENT_LENGTH);
      if (entitlement != null) {
        // Asking twice for one entitlement asks for it once.
        entitlements.add(entitlement);
      }
    }
    return entitlements;
  }
}
