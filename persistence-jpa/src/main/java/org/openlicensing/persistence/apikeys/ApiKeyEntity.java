package org.openlicensing.persistence.apikeys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.apikeys.ApiKey;
import org.openlicensing.core.apikeys.StoredApiKey;

/** A row of {@code api_keys}: the key, the hash of its secret, and its scopes in one column. */
@Entity(name = "ApiKey")
@Table(name = "api_keys")
public class ApiKeyEntity {
  @Id private UUID id;

  @Column(name = "organization_id", nullable = false)
  private UUID organizationId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String prefix;

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  /** See {@link ApiKeyScopes} for the form. */
  @Column(nullable = false)
  private String scopes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiKeyEntity() {}

  static ApiKeyEntity of(ApiKey key, String secretHash) {
    ApiKeyEntity entity = new ApiKeyEntity();
    entity.id = key.id();
    entity.organizationId = key.organizationId();
    entity.name = key.name();
    entity.prefix = key.prefix();
    entity.secretHash = secretHash;
    entity.scopes = ApiKeyScopes.encode(key.scopes());
    entity.createdAt = key.createdAt();
    entity.createdBy = key.createdBy().orElse(null);
    entity.lastUsedAt = key.lastUsedAt().orElse(null);
    entity.revokedAt = key.revokedAt().orElse(null);
    return entity;
  }

  ApiKey toKey() {
    return new ApiKey(
        id,
        organizationId,
        name,
        prefix,
        ApiKeyScopes.decode(scopes),
        createdAt,
        Optional.ofNullable(createdBy),
        Optional.ofNullable(lastUsedAt),
        Optional.ofNullable(revokedAt));
  }

  StoredApiKey toStored() {
    return new StoredApiKey(toKey(), secretHash);
  }
}
