package org.openlicensing.persistence.usage;

import static org.openlicensing.persistence.JdbcBatch.setUuid;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.openlicensing.core.persistence.DuplicateKeyException;

/**
 * Adds to a day's total whether or not its row exists yet, and never loses an addition to a
 * concurrent one. PostgreSQL would say it in one {@code INSERT ... ON CONFLICT DO UPDATE}, but H2
 * 2.5 does not parse {@code DO UPDATE} even in its PostgreSQL mode, so both take the same three
 * steps, as the profile and billing-details upserts do: an UPDATE that adds, which locks the row so
 * that concurrent additions take turns; if there was no row, an {@code INSERT ... ON CONFLICT DO
 * NOTHING}, which waits for a concurrent insert of the same day and then yields to it; and if it
 * yielded, the UPDATE again, now that the row is there.
 */
final class DailyUpsert {
  private DailyUpsert() {}

  static void add(
      EntityManager em,
      UUID licenseId,
      UUID organizationId,
      String metric,
      LocalDate day,
      long quantity) {
    if (addToRow(em, licenseId, metric, day, quantity) == 1
        || insertIfAbsent(em, licenseId, organizationId, metric, day, quantity) == 1) {
      return;
    }
    if (addToRow(em, licenseId, metric, day, quantity) != 1) {
      throw new IllegalStateException(
          "the day's total of " + metric + " on " + day + " neither exists nor can be made");
    }
  }

  private static int addToRow(
      EntityManager em, UUID licenseId, String metric, LocalDate day, long quantity) {
    return Sql.update(
        em,
        "UPDATE usage_daily SET total = total + ?"
            + " WHERE license_id = ? AND metric = ? AND usage_day = ?",
        s -> {
          s.setLong(1, quantity);
          setUuid(s, 2, licenseId);
          s.setString(3, metric);
          s.setObject(4, day);
        });
  }

  private static int insertIfAbsent(
      EntityManager em,
      UUID licenseId,
      UUID organizationId,
      String metric,
      LocalDate day,
      long quantity) {
    try {
      return Sql.update(
          em,
          "INSERT INTO usage_daily (license_id, metric, usage_day, organization_id, total)"
              + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
          s -> {
            setUuid(s, 1, licenseId);
            s.setString(2, metric);
            s.setObject(3, day);
            setUuid(s, 4, organizationId);
            s.setLong(5, quantity);
          });
    } catch (DuplicateKeyException concurrentInsertOnH2) {
      // H2 undoes only the failed statement: the UPDATE that follows finds the other's row.
      return 0;
    }
  }
}
