package org.openlicensing.core.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A single-use secret sent by e-mail, stored as its hash only.
 *
 * @param payload what the token confirms beyond the account, such as a new e-mail address
 */
public record OneTimeToken(
    UUID id,
    UUID accountId,
    TokenPurpose purpose,
    String tokenHash,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> usedAt,
    Optional<String> payload) {

  public OneTimeToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    usedAt = usedAt == null ? Optional.empty() : usedAt;
    payload = payload == null ? Optional.empty() : payload;
  }

  public boolean isUsableAt(Instant now) {
    return usedAt.isEmpty() && now.isBefore(expiresAt);
  }
}
