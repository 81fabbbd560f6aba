package org.openlicensing.api.licenses;

/** The outcome of validating a license key, checked in this order: the first that applies wins. */
public enum ValidationCode {
  VALID(true),
  NOT_FOUND(false),
  REVOKED(false),
  SUSPENDED(false),
  EXPIRED(false),
  NOT_ACTIVATED(false),
  FINGERPRINT_MISMATCH(false);

  private final boolean valid;

  ValidationCode(boolean valid) {
    this.valid = valid;
  }

  public boolean isValid() {
    return valid;
  }
}
