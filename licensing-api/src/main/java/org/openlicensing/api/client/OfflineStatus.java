package org.openlicensing.api.client;

/**
 * What {@link LicenseClient#checkOffline()} decided, without the network. Only {@link #VALID} lets
 * the application run; the others say what to do next: most mean "go online" (activate again,
 * update the pinned keys), {@link #CLOCK_TAMPERED} means "fix the clock".
 */
public enum OfflineStatus {
  /** The cached token verifies for this device now. */
  VALID,
  /** No token is cached: the device was never activated here, or was deactivated. */
  NOT_ACTIVATED,
  /** The token expired, beyond the tolerated clock skew: validate or activate online. */
  EXPIRED,
  /**
   * The clock reads earlier than the token's signed {@code iat} or than the latest time this device
   * has seen, beyond the tolerated skew: someone set it back, or it was set ahead before. An online
   * activation proves which: its fresh token only verifies on a clock that agrees with the
   * server's.
   */
  CLOCK_TAMPERED,
  /** The signature does not verify, or the token uses an algorithm other than EdDSA. */
  SIGNATURE_INVALID,
  /**
   * The token's {@code kid} is not in the pinned key set: the server rotated its keys after the
   * application shipped them; ship the new key set.
   */
  UNKNOWN_KEY,
  /** Not a license token of this server: malformed, of another type, or of another issuer. */
  TOKEN_INVALID,
  /** The token was issued to another device. */
  FINGERPRINT_MISMATCH,
  /** The cache belongs to another license key, or its token to another license or activation. */
  LICENSE_MISMATCH,
  /** The cache file is not as this client wrote it: edited, truncated or garbled. */
  CACHE_TAMPERED,
  /** The cache file exists but cannot be read (permissions, I/O error). */
  CACHE_UNREADABLE;

  public boolean isValid() {
    return this == VALID;
  }
}
