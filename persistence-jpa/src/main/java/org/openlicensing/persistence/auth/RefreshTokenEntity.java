package org.openlicensing.persistence.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.auth.RefreshToken;

/** A row of {@code refresh_tokens}. */
@Entity(name = "RefreshToken")
@Table(name = "refresh_tokens")
public class RefreshTokenEntity {
  @Id private UUID id;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "rotated_at")
  private Instant rotatedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected RefreshTokenEntity() {}

  static RefreshTokenEntity of(RefreshToken token) {
    RefreshTokenEntity entity = new RefreshTokenEntity();
    entity.id = token.id();
    entity.familyId = token.familyId();
    entity.accountId = token.accountId();
    entity.tokenHash = token.tokenHash();
    entity.issuedAt = token.issuedAt();
    entity.expiresAt = token.expiresAt();
    entity.rotatedAt = token.rotatedAt().orElse(null);
    entity.revokedAt = token.revokedAt().orElse(null);
    return entity;
  }

  RefreshToken toToken() {
    return new RefreshToken(
        id,
        familyId,
        accountId,
        tokenHash,
        issuedAt,
        expiresAt,
        Optional.ofNullable(rotatedAt),
        Optional.ofNullable(revokedAt));
  }
}
