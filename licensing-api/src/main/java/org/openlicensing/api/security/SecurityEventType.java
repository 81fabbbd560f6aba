package org.openlicensing.api.security;

/** What security monitoring is told of. */
public enum SecurityEventType {
  LOGIN_FAILED,
  LOGIN_THROTTLED,
  REFRESH_TOKEN_REUSED,
  PASSWORD_CHANGED,
  PASSWORD_RESET,
  RATE_LIMITED,
  /** A device activated a license while its fingerprint was active on another license. */
  FINGERPRINT_REUSED
}
