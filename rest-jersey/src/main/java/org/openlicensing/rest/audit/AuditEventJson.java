package org.openlicensing.rest.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.openlicensing.api.audit.AuditEvent;

/** An audit event: who did what to which object, in which organization, from where, when. */
public record AuditEventJson(
    UUID id,
    Instant occurredAt,
    UUID actorAccountId,
    UUID actorApiKeyId,
    String action,
    String targetType,
    UUID targetId,
    UUID organizationId,
    String ipAddress,
    String requestId,
    Map<String, String> details) {

  public static AuditEventJson of(AuditEvent e) {
    return new AuditEventJson(
        e.id(),
        e.occurredAt(),
        e.actorAccountId().orElse(null),
        e.actorApiKeyId().orElse(null),
        e.action(),
        e.targetType(),
        e.targetId().orElse(null),
        e.organizationId().orElse(null),
        e.ipAddress().orElse(null),
        e.requestId().orElse(null),
        e.details());
  }
}
