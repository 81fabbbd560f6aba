package org.openlicensing.persistence.usage;

import static org.openlicensing.persistence.JdbcBatch.setInstant;
import static org.openlicensing.persistence.JdbcBatch.setUuid;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openlicensing.api.usage.DayRange;
import org.openlicensing.core.usage.DeviceChanges;

/**
 * One statement for an organization's active devices over a range, whatever its length: the
 * activations active when the range began, and per UTC day those made and those ended in it,
 * counted by the database over the organization's licenses (on their organization index) and their
 * activations (on the license index). Core adds the days up.
 */
final class DeviceChangeQuery {
  private static final String OF_ORGANIZATION =
      " FROM activations a JOIN licenses l ON l.id = a.license_id WHERE l.organization_id = ?";
  private static final String CREATED_DAY = "CAST((a.created_at AT TIME ZONE 'UTC') AS DATE)";
  private static final String ENDED_DAY = "CAST((a.deactivated_at AT TIME ZONE 'UTC') AS DATE)";

  private static final String SQL =
      "SELECT 'S', CAST(NULL AS DATE), COUNT(*)"
          + OF_ORGANIZATION
          + " AND a.created_at < ? AND (a.deactivated_at IS NULL OR a.deactivated_at >= ?)"
          + " UNION ALL SELECT 'A', "
          + CREATED_DAY
          + ", COUNT(*)"
          + OF_ORGANIZATION
          + " AND a.created_at >= ? AND a.created_at < ? GROUP BY "
          + CREATED_DAY
          + " UNION ALL SELECT 'D', "
          + ENDED_DAY
          + ", COUNT(*)"
          + OF_ORGANIZATION
          + " AND a.deactivated_at >= ? AND a.deactivated_at < ? GROUP BY "
          + ENDED_DAY;

  private DeviceChangeQuery() {}

  private record Row(String kind, LocalDate day, long count) {}

  static DeviceChanges run(EntityManager em, UUID organizationId, DayRange range) {
    List<Row> rows =
        Sql.query(
            em,
            SQL,
            s -> {
              for (int part = 0; part < 3; part++) {
                setUuid(s, 1 + 3 * part, organizationId);
                setInstant(s, 2 + 3 * part, range.start());
                setInstant(s, 3 + 3 * part, part == 0 ? range.start() : range.end());
              }
            },
            row -> new Row(row.getString(1), row.getObject(2, LocalDate.class), row.getLong(3)));
    long activeAtStart = 0;
    Map<LocalDate, Long> activated = new HashMap<>();
    Map<LocalDate, Long> deactivated = new HashMap<>();
    for (Row row : rows) {
      switch (row.kind()) {
        case "S" -> activeAtStart = row.count();
        case "A" -> activated.put(row.day(), row.count());
        default -> deactivated.put(row.day(), row.count());
      }
    }
    return new DeviceChanges(activeAtStart, activated, deactivated);
  }
}
