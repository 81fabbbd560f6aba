package org.openlicensing.core.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored refresh token. Every token spent makes its successor in the same family; a family is one
 * sign-in, and revoking it ends that session.
 */
public record RefreshToken(
    UUID id,
    UUID familyId,
    UUID accountId,
    String tokenHash,
    Instant issuedAt,
    Instant expiresAt,
    Optional<Instant> rotatedAt,
    Optional<Instant> revokedAt) {

  public RefreshToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    rotatedAt = rotatedAt == null ? Optional.empty() : rotatedAt;
    revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
  }
}
