package org.openlicensing.rest.licenses;

import java.util.List;

/**
 * {@code POST /v1/validations}; the fingerprint is optional, and so are the entitlements the device
 * needs.
 */
public record ValidateRequest(String licenseKey, String fingerprint, List<String> entitlements) {
  @Override
  public String toString() {
    return "ValidateRequest[fingerprint=" + fingerprint + "]";
  }
}
