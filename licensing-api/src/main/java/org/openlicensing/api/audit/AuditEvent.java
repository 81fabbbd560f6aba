package org.openlicensing.api.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A privileged action, as the append-only audit log records it: who did what to which object, from
 * where, in which request, when.
 *
 * @param action a dotted name such as {@code user.disabled} or {@code api_key.created}
 * @param targetType the kind of object acted on, such as {@code account}
 */
public record AuditEvent(
    UUID id,
    Instant occurredAt,
    Optional<UUID> actorAccountId,
    Optional<UUID> actorApiKeyId,
    String action,
    String targetType,
    Optional<UUID> targetId,
    Optional<UUID> organizationId,
    Optional<String> ipAddress,
    Optional<String> requestId,
    Map<String, String> details) {

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(occurredAt, "occurredAt");
    actorAccountId = actorAccountId == null ? Optional.empty() : actorAccountId;
    actorApiKeyId = actorApiKeyId == null ? Optional.empty() : actorApiKeyId;
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(targetType, "targetType");
    targetId = targetId == null ? Optional.empty() : targetId;
    organizationId = organizationId == null ? Optional.empty() : organizationId;
    ipAddress = ipAddress == null ? Optional.empty() : ipAddress;
    requestId = requestId == null ? Optional.empty() : requestId;
    details = Map.copyOf(details);
  }
}
