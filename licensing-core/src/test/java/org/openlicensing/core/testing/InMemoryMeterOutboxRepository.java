package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.usage.MeterDelivery;
import org.openlicensing.core.usage.MeterOutboxRepository;

final class InMemoryMeterOutboxRepository implements MeterOutboxRepository {
  private record Row(MeterDelivery delivery, Instant dueAt) {}

  private final InMemoryTable<UUID, Row> rows;

  InMemoryMeterOutboxRepository(InMemoryTransactions transactions) {
    this.rows = transactions.table("usage_meter_outbox");
  }

  @Override
  public void insert(MeterDelivery delivery, Instant dueAt) {
    rows.requireUnique(!rows.containsKey(delivery.id()), "id");
    rows.requireUnique(findByUsageEvent(delivery.usageEventId()).isEmpty(), "usage_event_id");
    rows.put(delivery.id(), new Row(delivery, dueAt));
  }

  @Override
  public List<MeterDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
    List<Row> due =
        rows.all().stream()
            .filter(row -> row.delivery().status() == MeterDelivery.Status.PENDING)
            .filter(row -> !row.dueAt().isAfter(now))
            .sorted(
                Comparator.comparing(Row::dueAt)
                    .thenComparing(row -> row.delivery().id(), UuidOrder.ASCENDING))
            .limit(limit)
            .toList();
    return due.stream()
        .map(
            row -> {
              MeterDelivery claimed =
                  with(row.delivery(), MeterDelivery.Status.PENDING, row.delivery().attempts() + 1);
              rows.put(claimed.id(), new Row(claimed, leaseUntil));
              return claimed;
            })
        .toList();
  }

  @Override
  public void markSent(UUID id, Instant at) {
    rows.get(id)
        .ifPresent(
            row ->
                rows.put(
                    id,
                    new Row(
                        with(row.delivery(), MeterDelivery.Status.SENT, row.delivery().attempts()),
                        row.dueAt())));
  }

  @Override
  public void markFailed(UUID id, String error, Instant retryAt) {
    rows.get(id)
        .filter(row -> row.delivery().status() == MeterDelivery.Status.PENDING)
        .ifPresent(row -> rows.put(id, new Row(withError(row.delivery(), null, error), retryAt)));
  }

  @Override
  public void markDead(UUID id, String error, Instant at) {
    rows.get(id)
        .ifPresent(
            row ->
                rows.put(
                    id,
                    new Row(
                        withError(row.delivery(), MeterDelivery.Status.DEAD, error), row.dueAt())));
  }

  @Override
  public Optional<MeterDelivery> findByUsageEvent(UUID usageEventId) {
    return rows.all().stream()
        .map(Row::delivery)
        .filter(d -> d.usageEventId().equals(usageEventId))
        .findFirst();
  }

  private static MeterDelivery with(MeterDelivery d, MeterDelivery.Status status, int attempts) {
    return new MeterDelivery(d.id(), d.usageEventId(), d.event(), status, attempts, d.lastError());
  }

  private static MeterDelivery withError(
      MeterDelivery d, MeterDelivery.Status status, String error) {
    return new MeterDelivery(
        d.id(),
        d.usageEventId(),
        d.event(),
        status == null ? d.status() : status,
        d.attempts(),
        Optional.of(error));
  }
}
