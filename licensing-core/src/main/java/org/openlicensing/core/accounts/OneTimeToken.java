package org.openlicensing.core.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A single-use secret sent by e-mail, stored as its hash only. */
public record OneTimeToken(
    UUID id,
    UUID accountId,
    TokenPurpose purpose,
    String tokenHash,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> usedAt) {

  public OneTimeToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    usedAt = usedAt == null ? Optional.empty() : usedAt;
  }

  public boolean isUsableAt(Instant now) {
    return usedAt.isEmpty() && now.isBefore(expiresAt);
  }
}
