package org.openlicensing.persistence.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.auth.SessionRecord;

/** A row of {@code sessions}. */
@Entity(name = "Session")
@Table(name = "sessions")
public class SessionEntity {
  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at", nullable = false)
  private Instant lastUsedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "ip_address")
  private String ipAddress;

  @Column(name = "user_agent")
  private String userAgent;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected SessionEntity() {}

  static SessionEntity of(SessionRecord session) {
    SessionEntity entity = new SessionEntity();
    entity.id = session.id();
    entity.accountId = session.accountId();
    entity.createdAt = session.createdAt();
    entity.lastUsedAt = session.lastUsedAt();
    entity.expiresAt = session.expiresAt();
    entity.ipAddress = session.ipAddress().orElse(null);
    entity.userAgent = session.userAgent().orElse(null);
    entity.revokedAt = session.revokedAt().orElse(null);
    return entity;
  }

  SessionRecord toSession() {
    return new SessionRecord(
        id,
        accountId,
        createdAt,
        lastUsedAt,
        expiresAt,
        Optional.ofNullable(ipAddress),
        Optional.ofNullable(userAgent),
        Optional.ofNullable(revokedAt));
  }
}
