package org.openlicensing.api.licenses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a device asks when it validates, as it sent it: checked by the service, which names each
 * field at fault.
 *
 * @param fingerprint the device asking, or null to judge the license alone
 * @param entitlements the entitlements the device needs (its scope): the license must hold every
 *     one, and usage is judged for these metrics; null or empty for none
 */
public record ValidationRequest(String licenseKey, String fingerprint, List<String> entitlements) {
  public ValidationRequest {
    // Null stays null and elements may be null: the service names what is wrong.
    entitlements =
        entitlements == null ? null : Collections.unmodifiableList(new ArrayList<>(entitlements));
  }

  /** A validation with no entitlements scope. */
  public ValidationRequest(String licenseKey, String fingerprint) {
    this(licenseKey, fingerprint, null);
  }

  @Override
  public String toString() {
    return "ValidationRequest[fingerprint=" + fingerprint + ", entitlements=" + entitlements + "]";
  }
}
