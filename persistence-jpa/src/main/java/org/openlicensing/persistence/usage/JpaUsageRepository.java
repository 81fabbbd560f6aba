package org.openlicensing.persistence.usage;

import static org.openlicensing.persistence.JdbcBatch.setInstant;
import static org.openlicensing.persistence.JdbcBatch.setUuid;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.usage.DailyUsage;
import org.openlicensing.api.usage.DayRange;
import org.openlicensing.api.usage.UsageEvent;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.usage.DeviceChanges;
import org.openlicensing.core.usage.UsageRepository;
import org.openlicensing.persistence.JpaTransactions;

/**
 * The tables {@code usage_events} and {@code usage_daily}. Every statement names the license (or
 * the organization) first, so each runs on an index.
 */
public final class JpaUsageRepository implements UsageRepository {
  private static final String EVENT_COLUMNS =
      "id, license_id, metric, quantity, idempotency_key, recorded_at";

  private final JpaTransactions transactions;

  public JpaUsageRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  private EntityManager em() {
    return transactions.entityManager();
  }

  /**
   * {@code ON CONFLICT DO NOTHING}: a concurrent insert of the same key waits for the other
   * transaction and then yields. H2 may report that clash as a unique violation instead, undoing
   * only the failed statement, so the transaction lives on either way.
   */
  @Override
  public boolean insertIfAbsent(UsageEvent event) {
    try {
      return Sql.update(
              em(),
              "INSERT INTO usage_events ("
                  + EVENT_COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
              s -> {
                setUuid(s, 1, event.id());
                setUuid(s, 2, event.licenseId());
                s.setString(3, event.metric());
                s.setLong(4, event.quantity());
                s.setString(5, event.idempotencyKey());
                setInstant(s, 6, event.recordedAt());
              })
          == 1;
    } catch (DuplicateKeyException concurrentInsertOnH2) {
      return false;
    }
  }

  @Override
  public Optional<UsageEvent> findByKey(UUID licenseId, String idempotencyKey) {
    return Sql.query(
            em(),
            "SELECT "
                + EVENT_COLUMNS
                + " FROM usage_events WHERE license_id = ? AND idempotency_key = ?",
            s -> {
              setUuid(s, 1, licenseId);
              s.setString(2, idempotencyKey);
            },
            JpaUsageRepository::event)
        .stream()
        .findFirst();
  }

  @Override
  public void addToDay(
      UUID licenseId, UUID organizationId, String metric, LocalDate day, long quantity) {
    DailyUpsert.add(em(), licenseId, organizationId, metric, day, quantity);
  }

  @Override
  public long dailyTotalFrom(UUID licenseId, String metric, LocalDate firstDay) {
    return Sql.number(
        em(),
        "SELECT COALESCE(SUM(total), 0) FROM usage_daily"
            + " WHERE license_id = ? AND metric = ? AND usage_day >= ?",
        s -> {
          setUuid(s, 1, licenseId);
          s.setString(2, metric);
          s.setObject(3, firstDay);
        });
  }

  @Override
  public long eventTotal(UUID licenseId, String metric, Instant from, Instant to) {
    return Sql.number(
        em(),
        "SELECT COALESCE(SUM(quantity), 0) FROM usage_events"
            + " WHERE license_id = ? AND metric = ? AND recorded_at >= ? AND recorded_at < ?",
        s -> {
          setUuid(s, 1, licenseId);
          s.setString(2, metric);
          setInstant(s, 3, from);
          setInstant(s, 4, to);
        });
  }

  @Override
  public List<DailyUsage> licenseDays(UUID licenseId, DayRange range, Optional<String> metric) {
    return Sql.query(
        em(),
        "SELECT usage_day, metric, total FROM usage_daily"
            + " WHERE license_id = ? AND usage_day >= ? AND usage_day <= ?"
            + (metric.isPresent() ? " AND metric = ?" : "")
            + " ORDER BY usage_day, metric",
        s -> {
          setUuid(s, 1, licenseId);
          s.setObject(2, range.from());
          s.setObject(3, range.to());
          if (metric.isPresent()) {
            s.setString(4, metric.get());
          }
        },
        JpaUsageRepository::day);
  }

  @Override
  public List<DailyUsage> organizationDays(
      UUID organizationId, DayRange range, Optional<String> metric) {
    return Sql.query(
        em(),
        "SELECT usage_day, metric, SUM(total) FROM usage_daily"
            + " WHERE organization_id = ? AND usage_day >= ? AND usage_day <= ?"
            + (metric.isPresent() ? " AND metric = ?" : "")
            + " GROUP BY usage_day, metric ORDER BY usage_day, metric",
        s -> {
          setUuid(s, 1, organizationId);
          s.setObject(2, range.from());
          s.setObject(3, range.to());
          if (metric.isPresent()) {
            s.setString(4, metric.get());
          }
        },
        JpaUsageRepository::day);
  }

  @Override
  public DeviceChanges deviceChanges(UUID organizationId, DayRange range) {
    return DeviceChangeQuery.run(em(), organizationId, range);
  }

  private static UsageEvent event(ResultSet row) throws SQLException {
    return new UsageEvent(
        row.getObject(1, UUID.class),
        row.getObject(2, UUID.class),
        row.getString(3),
        row.getLong(4),
        row.getString(5),
        row.getObject(6, OffsetDateTime.class).toInstant());
  }

  private static DailyUsage day(ResultSet row) throws SQLException {
    return new DailyUsage(row.getObject(1, LocalDate.class), row.getString(2), row.getLong(3));
  }
}
