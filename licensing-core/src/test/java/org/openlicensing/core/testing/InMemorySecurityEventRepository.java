package org.openlicensing.core.testing;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.core.security.SecurityEventRepository;

final class InMemorySecurityEventRepository implements SecurityEventRepository {
  private final InMemoryTable<UUID, SecurityEvent> events;

  InMemorySecurityEventRepository(InMemoryTransactions transactions) {
    this.events = transactions.table("security_events");
  }

  @Override
  public void append(SecurityEvent event) {
    events.requireUnique(!events.containsKey(event.id()), "id");
    events.put(event.id(), event);
  }

  /** Newest first by id, compared unsigned as the databases compare uuids. */
  @Override
  public List<SecurityEvent> findRecent(UUID beforeId, int limit) {
    return events.all().stream()
        .filter(e -> beforeId == null || UuidOrder.ASCENDING.compare(e.id(), beforeId) < 0)
        .sorted((a, b) -> UuidOrder.ASCENDING.compare(b.id(), a.id()))
        .limit(limit)
        .toList();
  }
}
