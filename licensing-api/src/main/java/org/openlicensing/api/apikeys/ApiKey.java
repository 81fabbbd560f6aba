package org.openlicensing.api.apikeys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An API key as its organization sees it: never the secret, which is shown once at creation and
 * kept only as a hash; the prefix identifies the key in lists and logs.
 */
public record ApiKey(
    UUID id,
    UUID organizationId,
    String name,
    String prefix,
    Set<ApiKeyScope> scopes,
    Instant createdAt,
    Optional<UUID> createdBy,
    Optional<Instant> lastUsedAt,
    Optional<Instant> revokedAt) {

  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prefix, "prefix");
    scopes = Set.copyOf(scopes);
    Objects.requireNonNull(createdAt, "createdAt");
    createdBy = createdBy == null ? Optional.empty() : createdBy;
    lastUsedAt = lastUsedAt == null ? Optional.empty() : lastUsedAt;
    revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt.isPresent();
  }
}
