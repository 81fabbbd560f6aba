package org.openlicensing.rest.licenses;

/** {@code POST /v1/validations}; the fingerprint is optional. */
public record ValidateRequest(String licenseKey, String fingerprint) {
  @Override
  public String toString() {
    return "ValidateRequest[fingerprint=" + fingerprint + "]";
  }
}
