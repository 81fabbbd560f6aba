package org.openlicensing.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.audit.AuditEvent;

/** A row of {@code audit_events}; the details are one column, see {@link AuditDetails}. */
@Entity(name = "AuditEvent")
@Table(name = "audit_events")
public class AuditEventEntity {
  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor_account_id")
  private UUID actorAccountId;

  @Column(name = "actor_api_key_id")
  private UUID actorApiKeyId;

  @Column(nullable = false)
  private String action;

  @Column(name = "target_type", nullable = false)
  private String targetType;

  @Column(name = "target_id")
  private UUID targetId;

  @Column(name = "organization_id")
  private UUID organizationId;

  @Column(name = "ip_address")
  private String ipAddress;

  @Column(name = "request_id")
  private String requestId;

  @Column(nullable = false)
  private String details;

  protected AuditEventEntity() {}

  static AuditEventEntity of(AuditEvent event) {
    AuditEventEntity entity = new AuditEventEntity();
    entity.id = event.id();
    entity.occurredAt = event.occurredAt();
    entity.actorAccountId = event.actorAccountId().orElse(null);
    entity.actorApiKeyId = event.actorApiKeyId().orElse(null);
    entity.action = event.action();
    entity.targetType = event.targetType();
    entity.targetId = event.targetId().orElse(null);
    entity.organizationId = event.organizationId().orElse(null);
    entity.ipAddress = event.ipAddress().orElse(null);
    entity.requestId = event.requestId().orElse(null);
    entity.details = AuditDetails.encode(event.details());
    return entity;
  }

  AuditEvent toEvent() {
    return new AuditEvent(
        id,
        occurredAt,
        Optional.ofNullable(actorAccountId),
        Optional.ofNullable(actorApiKeyId),
        action,
        targetType,
        Optional.ofNullable(targetId),
        Optional.ofNullable(organizationId),
        Optional.ofNullable(ipAddress),
        Optional.ofNullable(requestId),
        AuditDetails.decode(details));
  }
}
