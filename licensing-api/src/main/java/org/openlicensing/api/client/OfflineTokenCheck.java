package org.openlicensing.api.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.openlicensing.api.tokens.LicenseTokenClaims;
import org.openlicensing.api.tokens.LicenseTokenException;
import org.openlicensing.api.tokens.LicenseTokenVerifier;

/**
 * Decides offline whether a token lets this device run: the verifier checks signature, key, issuer,
 * {@code iat} and {@code exp} with the skew, and the fingerprint; this class adds the device's
 * memory of time and the ids the token was granted under.
 */
final class OfflineTokenCheck {
  private final LicenseTokenVerifier verifier;
  private final String fingerprint;
  private final Clock clock;
  private final Duration skew;

  OfflineTokenCheck(LicenseTokenVerifier verifier, String fingerprint, Clock clock, Duration skew) {
    this.verifier = verifier;
    this.fingerprint = fingerprint;
    this.clock = clock;
    this.skew = skew;
  }

  /**
   * Checks a cached license. The last-seen time is tested first: a clock set back into the token's
   * lifetime would otherwise pass every check of the token itself.
   */
  OfflineCheck check(CachedLicense cached) {
    Instant now = clock.instant();
    if (now.isBefore(cached.lastSeen().minus(skew))) {
      return OfflineCheck.refused(
          OfflineStatus.CLOCK_TAMPERED,
          "the clock reads " + now + ", earlier than " + cached.lastSeen() + " seen before");
    }
    OfflineCheck check = verify(cached.token());
    if (check.valid()) {
      LicenseTokenClaims claims = check.claims().orElseThrow();
      if (!claims.licenseId().equals(cached.licenseId())
          || !claims.activationId().equals(cached.activationId())) {
        return OfflineCheck.refused(
            OfflineStatus.LICENSE_MISMATCH,
            "the token names another license or activation than it was cached for");
      }
    }
    return check;
  }

  /** Checks a token alone, such as a fresh one from the server, before it is cached. */
  OfflineCheck verify(String token) {
    try {
      return OfflineCheck.valid(verifier.verify(token, fingerprint));
    } catch (LicenseTokenException e) {
      return OfflineCheck.refused(statusOf(e.reason()), e.getMessage());
    }
  }

  private static OfflineStatus statusOf(LicenseTokenException.Reason reason) {
    return switch (reason) {
      case EXPIRED -> OfflineStatus.EXPIRED;
      // Issued later than the clock reads, beyond the skew: the clock is behind the server's.
      case NOT_YET_VALID -> OfflineStatus.CLOCK_TAMPERED;
      case UNKNOWN_KEY -> OfflineStatus.UNKNOWN_KEY;
      case BAD_SIGNATURE, ALGORITHM_NOT_ALLOWED -> OfflineStatus.SIGNATURE_INVALID;
      case FINGERPRINT_MISMATCH -> OfflineStatus.FINGERPRINT_MISMATCH;
      default -> OfflineStatus.TOKEN_INVALID;
    };
  }
}
