package org.openlicensing.api.tokens;

/** Why a license token was refused. */
public class LicenseTokenException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The reasons, so that a device can tell "renew me" from "someone tampered with me". */
  public enum Reason {
    MALFORMED,
    ALGORITHM_NOT_ALLOWED,
    WRONG_TYPE,
    UNKNOWN_KEY,
    BAD_SIGNATURE,
    WRONG_ISSUER,
    NOT_YET_VALID,
    EXPIRED,
    FINGERPRINT_MISMATCH
  }

  private final Reason reason;

  public LicenseTokenException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public LicenseTokenException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
