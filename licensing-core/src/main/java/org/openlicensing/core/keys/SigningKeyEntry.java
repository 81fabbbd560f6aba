package org.openlicensing.core.keys;

import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A signing key as a store keeps it: private, with when it was made and, once a newer key took
 * over, when it was retired. A retired key signs nothing but stays published until every token it
 * signed has expired.
 */
public record SigningKeyEntry(
    JWK key, KeyPurpose purpose, Instant createdAt, Optional<Instant> retiredAt) {
  public SigningKeyEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(createdAt, "createdAt");
    retiredAt = retiredAt == null ? Optional.empty() : retiredAt;
    if (!key.isPrivate() || key.getKeyID() == null || !purpose.fits(key)) {
      throw new IllegalArgumentException(
          "a signing key is private, has a kid and fits its purpose");
    }
  }

  public String kid() {
    return key.getKeyID();
  }

  /** Whether tokens it signed may still be valid at {@code now}, given the longest token life. */
  boolean publishedAt(Instant now, Duration retention) {
    return retiredAt.map(at -> now.isBefore(at.plus(retention))).orElse(true);
  }
}
