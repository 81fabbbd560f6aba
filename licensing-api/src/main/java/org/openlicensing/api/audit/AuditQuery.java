package org.openlicensing.api.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which audit events to list; a null field does not filter.
 *
 * @param action an action, such as {@code member.removed}, or a family of them ending in a dot,
 *     such as {@code member.}
 * @param from the first instant included
 * @param to the first instant no longer included
 * @param organizationId for platform admins only: the organization the events are about
 */
public record AuditQuery(
    String action,
    String targetType,
    UUID actorAccountId,
    UUID targetId,
    Instant from,
    Instant to,
    UUID organizationId) {

  public static AuditQuery everything() {
    return new AuditQuery(null, null, null, null, null, null, null);
  }
}
