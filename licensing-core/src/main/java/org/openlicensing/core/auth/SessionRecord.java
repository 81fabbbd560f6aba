package org.openlicensing.core.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored sign-in. Its refresh tokens are its family; its access tokens name it in {@code sid}. It
 * is live until it is revoked or its absolute lifetime ends.
 */
public record SessionRecord(
    UUID id,
    UUID accountId,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    Optional<String> ipAddress,
    Optional<String> userAgent,
    Optional<Instant> revokedAt) {

  public SessionRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    ipAddress = ipAddress == null ? Optional.empty() : ipAddress;
    userAgent = userAgent == null ? Optional.empty() : userAgent;
    revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
  }

  public boolean isLiveAt(Instant now) {
    return revokedAt.isEmpty() && now.isBefore(expiresAt);
  }
}
