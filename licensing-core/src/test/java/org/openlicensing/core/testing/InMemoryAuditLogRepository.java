package org.openlicensing.core.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.core.audit.AuditLogRepository;

/** Append-only, as the table: nothing here changes or removes an event. */
final class InMemoryAuditLogRepository implements AuditLogRepository {
  private static final Comparator<AuditEvent> NEWEST_FIRST =
      Comparator.comparing(AuditEvent::occurredAt)
          .thenComparing(AuditEvent::id, UuidOrder.ASCENDING)
          .reversed();

  private final InMemoryTable<UUID, AuditEvent> events;

  InMemoryAuditLogRepository(InMemoryTransactions transactions) {
    this.events = transactions.table("audit_events");
  }

  @Override
  public void append(AuditEvent event) {
    events.requireUnique(!events.containsKey(event.id()), "id");
    events.put(event.id(), event);
  }

  @Override
  public void appendAll(List<AuditEvent> batch) {
    batch.forEach(this::append);
  }

  @Override
  public List<AuditEvent> findRecentAbout(UUID accountId, int limit) {
    Optional<UUID> account = Optional.of(accountId);
    return events.all().stream()
        .filter(e -> e.actorAccountId().equals(account) || e.targetId().equals(account))
        .sorted(NEWEST_FIRST)
        .limit(limit)
        .toList();
  }

  /** Newest id first; ids are UUIDv7, so that is the newest event first. */
  @Override
  public List<AuditEvent> find(AuditQuery query, UUID beforeId, int limit) {
    return events.all().stream()
        .filter(e -> matches(query, e))
        .filter(e -> beforeId == null || UuidOrder.ASCENDING.compare(e.id(), beforeId) < 0)
        .sorted((a, b) -> UuidOrder.ASCENDING.compare(b.id(), a.id()))
        .limit(limit)
        .toList();
  }

  private static boolean matches(AuditQuery query, AuditEvent e) {
    return matchesAction(query.action(), e.action())
        && (query.targetType() == null || query.targetType().equals(e.targetType()))
        && is(query.actorAccountId(), e.actorAccountId())
        && is(query.targetId(), e.targetId())
        && (query.from() == null || !e.occurredAt().isBefore(query.from()))
        && (query.to() == null || e.occurredAt().isBefore(query.to()))
        && is(query.organizationId(), e.organizationId());
  }

  private static boolean matchesAction(String wanted, String action) {
    if (wanted == null) {
      return true;
    }
    return wanted.endsWith(".") ? action.startsWith(wanted) : action.equals(wanted);
  }

  private static boolean is(UUID wanted, Optional<UUID> value) {
    return wanted == null || value.equals(Optional.of(wanted));
  }
}
