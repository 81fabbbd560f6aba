package org.openlicensing.rest.licenses;

/** {@code POST /v1/activations} */
public record ActivateRequest(String licenseKey, String fingerprint, String name, String platform) {
  @Override
  public String toString() {
    return "ActivateRequest[fingerprint=" + fingerprint + "]";
  }
}
