package org.openlicensing.persistence.usage;

import static org.openlicensing.persistence.JdbcBatch.setInstant;
import static org.openlicensing.persistence.JdbcBatch.setUuid;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.billing.provider.ProviderMeterEvent;
import org.openlicensing.core.usage.MeterDelivery;
import org.openlicensing.core.usage.MeterOutboxRepository;
import org.openlicensing.persistence.JpaTransactions;

/**
 * The table {@code usage_meter_outbox}. Senders on several servers claim from it at once with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}: rows another transaction is claiming are passed over,
 * never waited for and never handed out twice; a claim moves the row's due time to the end of its
 * lease.
 */
public final class JpaMeterOutboxRepository implements MeterOutboxRepository {
  private static final String COLUMNS =
      "id, usage_event_id, event_name, customer_id, quantity, identifier, event_time, status,"
          + " attempts, last_error";

  private final JpaTransactions transactions;

  public JpaMeterOutboxRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  private EntityManager em() {
    return transactions.entityManager();
  }

  @Override
  public void insert(MeterDelivery delivery, Instant dueAt) {
    ProviderMeterEvent event = delivery.event();
    Sql.update(
        em(),
        "INSERT INTO usage_meter_outbox ("
            + COLUMNS
            + ", next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s -> {
          setUuid(s, 1, delivery.id());
          setUuid(s, 2, delivery.usageEventId());
          s.setString(3, event.eventName());
          s.setString(4, event.customerId());
          s.setLong(5, event.value());
          s.setString(6, event.identifier());
          setInstant(s, 7, event.timestamp());
          s.setString(8, delivery.status().name());
          s.setInt(9, delivery.attempts());
          s.setString(10, delivery.lastError().orElse(null));
          setInstant(s, 11, dueAt);
        });
  }

  @Override
  public List<MeterDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
    EntityManager em = em();
    List<UUID> due =
        Sql.query(
            em,
            "SELECT id FROM usage_meter_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
                + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
            s -> {
              setInstant(s, 1, now);
              s.setInt(2, limit);
            },
            row -> row.getObject(1, UUID.class));
    if (due.isEmpty()) {
      return List.of();
    }
    String ids = String.join(", ", Collections.nCopies(due.size(), "?"));
    Sql.update(
        em,
        "UPDATE usage_meter_outbox SET next_attempt_at = ?, attempts = attempts + 1"
            + " WHERE id IN ("
            + ids
            + ")",
        s -> {
          setInstant(s, 1, leaseUntil);
          for (int i = 0; i < due.size(); i++) {
            setUuid(s, 2 + i, due.get(i));
          }
        });
    List<MeterDelivery> claimed =
        Sql.query(
            em,
            "SELECT " + COLUMNS + " FROM usage_meter_outbox WHERE id IN (" + ids + ")",
            s -> {
              for (int i = 0; i < due.size(); i++) {
                setUuid(s, 1 + i, due.get(i));
              }
            },
            JpaMeterOutboxRepository::delivery);
    return claimed.stream().sorted(Comparator.comparingInt(d -> due.indexOf(d.id()))).toList();
  }

  @Override
  public void markSent(UUID id, Instant at) {
    Sql.update(
        em(),
        "UPDATE usage_meter_outbox SET status = 'SENT', sent_at = ? WHERE id = ?",
        s -> {
          setInstant(s, 1, at);
          setUuid(s, 2, id);
        });
  }

  @Override
  public void markFailed(UUID id, String error, Instant retryAt) {
    Sql.update(
        em(),
        "UPDATE usage_meter_outbox SET last_error = ?, next_attempt_at = ?"
            + " WHERE id = ? AND status = 'PENDING'",
        s -> {
          s.setString(1, error);
          setInstant(s, 2, retryAt);
          setUuid(s, 3, id);
        });
  }

  @Override
  public void markDead(UUID id, String error, Instant at) {
    Sql.update(
        em(),
        "UPDATE usage_meter_outbox SET status = 'DEAD', last_error = ?, dead_at = ? WHERE id = ?",
        s -> {
          s.setString(1, error);
          setInstant(s, 2, at);
          setUuid(s, 3, id);
        });
  }

  @Override
  public Optional<MeterDelivery> findByUsageEvent(UUID usageEventId) {
    return Sql.query(
            em(),
            "SELECT " + COLUMNS + " FROM usage_meter_outbox WHERE usage_event_id = ?",
            s -> setUuid(s, 1, usageEventId),
            JpaMeterOutboxRepository::delivery)
        .stream()
        .findFirst();
  }

  private static MeterDelivery delivery(ResultSet row) throws SQLException {
    return new MeterDelivery(
        row.getObject(1, UUID.class),
        row.getObject(2, UUID.class),
        new ProviderMeterEvent(
            row.getString(3),
            row.getString(4),
            row.getLong(5),
            row.getString(6),
            row.getObject(7, OffsetDateTime.class).toInstant()),
        MeterDelivery.Status.valueOf(row.getString(8)),
        row.getInt(9),
        Optional.ofNullable(row.getString(10)));
  }
}
