package org.openlicensing.api.tokens;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** What a verified license token says. */
public record LicenseTokenClaims(
    String issuer,
    UUID licenseId,
    UUID activationId,
    String fingerprint,
    String plan,
    Set<String> entitlements,
    Instant issuedAt,
    Instant expiresAt) {

  public LicenseTokenClaims {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(licenseId, "licenseId");
    Objects.requireNonNull(activationId, "activationId");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(plan, "plan");
    entitlements = Set.copyOf(entitlements);
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
