package org.openlicensing.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.persistence.audit.AuditDetails;

/** A row of {@code security_events}. */
@Entity(name = "SecurityEvent")
@Table(name = "security_events")
public class SecurityEventEntity {
  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false)
  private SecurityEventType type;

  @Column(name = "account_id")
  private UUID accountId;

  private String email;

  @Column(name = "ip_address")
  private String ipAddress;

  @Column(name = "user_agent")
  private String userAgent;

  @Column(name = "request_id")
  private String requestId;

  /** {@link AuditDetails}' form; NULL for none, as rows from before details have. */
  private String details;

  protected SecurityEventEntity() {}

  static SecurityEventEntity of(SecurityEvent event) {
    SecurityEventEntity entity = new SecurityEventEntity();
    entity.id = event.id();
    entity.occurredAt = event.occurredAt();
    entity.type = event.type();
    entity.accountId = event.accountId().orElse(null);
    entity.email = event.email().orElse(null);
    entity.ipAddress = event.ipAddress().orElse(null);
    entity.userAgent = event.userAgent().orElse(null);
    entity.requestId = event.requestId().orElse(null);
    entity.details = event.details().isEmpty() ? null : AuditDetails.encode(event.details());
    return entity;
  }

  SecurityEvent toEvent() {
    return new SecurityEvent(
        id,
        occurredAt,
        type,
        Optional.ofNullable(accountId),
        Optional.ofNullable(email),
        Optional.ofNullable(ipAddress),
        Optional.ofNullable(userAgent),
        Optional.ofNullable(requestId),
        details == null ? Map.of() : AuditDetails.decode(details));
  }
}
