package org.openlicensing.persistence.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.accounts.OneTimeToken;
import org.openlicensing.core.accounts.TokenPurpose;

/** A row of {@code one_time_tokens}. */
@Entity(name = "OneTimeToken")
@Table(name = "one_time_tokens")
public class OneTimeTokenEntity {
  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  /** What the token confirms beyond the account, such as a new e-mail address. */
  private String payload;

  protected OneTimeTokenEntity() {}

  static OneTimeTokenEntity of(OneTimeToken token) {
    OneTimeTokenEntity entity = new OneTimeTokenEntity();
    entity.id = token.id();
    entity.accountId = token.accountId();
    entity.purpose = token.purpose();
    entity.tokenHash = token.tokenHash();
    entity.createdAt = token.createdAt();
    entity.expiresAt = token.expiresAt();
    entity.usedAt = token.usedAt().orElse(null);
    entity.payload = token.payload().orElse(null);
    return entity;
  }

  OneTimeToken toToken() {
    return new OneTimeToken(
        id,
        accountId,
        purpose,
        tokenHash,
        createdAt,
        expiresAt,
        Optional.ofNullable(usedAt),
        Optional.ofNullable(payload));
  }
}
