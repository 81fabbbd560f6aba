package org.openlicensing.core.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.audit.AuditEvent;
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
  public List<AuditEvent> findRecentAbout(UUID accountId, int limit) {
    Optional<UUID> account = Optional.of(accountId);
    return events.all().stream()
        .filter(e -> e.actorAccountId().equals(account) || e.targetId().equals(account))
        .sorted(NEWEST_FIRST)
        .limit(limit)
        .toList();
  }
}
