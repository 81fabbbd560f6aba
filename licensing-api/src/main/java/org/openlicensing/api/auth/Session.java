package org.openlicensing.api.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One sign-in of an account: it lasts while its refresh tokens are used, and ends by logout, by
 * revocation, by a password change or reset, or when the account is disabled.
 *
 * @param current whether the caller's own access token belongs to it
 */
public record Session(
    UUID id,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    Optional<String> ipAddress,
    Optional<String> userAgent,
    boolean current) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    ipAddress = ipAddress == null ? Optional.empty() : ipAddress;
    userAgent = userAgent == null ? Optional.empty() : userAgent;
  }
}
