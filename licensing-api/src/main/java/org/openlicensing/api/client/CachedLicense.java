package org.openlicensing.api.client;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the cache file holds: the server's token, the activation and license it was granted for, and
 * the latest time this device has seen, which a clock set back cannot go below unnoticed.
 */
record CachedLicense(String token, UUID activationId, UUID licenseId, Instant lastSeen) {
  CachedLicense {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("a cached license has a token");
    }
    Objects.requireNonNull(activationId, "activationId");
    Objects.requireNonNull(licenseId, "licenseId");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }

  /** The same license, having seen {@code now} if that is later than what it saw before. */
  CachedLicense seenAt(Instant now) {
    return now.isAfter(lastSeen) ? new CachedLicense(token, activationId, licenseId, now) : this;
  }
}
