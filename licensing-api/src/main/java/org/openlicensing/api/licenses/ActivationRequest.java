package org.openlicensing.api.licenses;

/** What a device sends to activate. Checked by the service, which names each field at fault. */
public record ActivationRequest(
    String licenseKey, String fingerprint, String name, String platform) {
  @Override
  public String toString() {
    return "ActivationRequest[fingerprint=" + fingerprint + ", name=" + name + "]";
  }
}
