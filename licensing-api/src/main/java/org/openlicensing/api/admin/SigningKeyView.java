package org.openlicensing.api.admin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A signing key as platform admins see it: never its private part.
 *
 * @param purpose {@code LICENSE_TOKENS} or {@code ACCESS_TOKENS}
 * @param signing whether new tokens are signed with it
 * @param published whether the JWKS still publishes it (tokens it signed may still be valid)
 */
public record SigningKeyView(
    String kid,
    String purpose,
    String algorithm,
    Instant createdAt,
    Optional<Instant> retiredAt,
    boolean signing,
    boolean published) {
  public SigningKeyView {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(createdAt, "createdAt");
    retiredAt = retiredAt == null ? Optional.empty() : retiredAt;
  }
}
