package org.openlicensing.persistence.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openlicensing.persistence.SchemaMigration;
import org.openlicensing.persistence.testing.PostgresDatabase;

/**
 * Every statement of the usage repositories runs on an index: with sequential scans switched off,
 * PostgreSQL still scans sequentially where no index serves, so a "Seq Scan" means one is missing.
 */
class PostgresUsageIndexTest {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  private static final String ID = "'01890a5d-ac96-774b-bcce-b302099a8057'";
  private static final String DAYS =
      " AND usage_day >= DATE '2031-03-01' AND usage_day <= DATE '2031-03-31'";
  private static final String OF_ORGANIZATION =
      " FROM activations a JOIN licenses l ON l.id = a.license_id WHERE l.organization_id = " + ID;

  @BeforeAll
  static void migrate() {
    SchemaMigration.migrate(DATABASE.dataSource());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM usage_events WHERE license_id = " + ID + " AND idempotency_key = 'k'",
        "SELECT COALESCE(SUM(quantity), 0) FROM usage_events WHERE license_id = "
            + ID
            + " AND metric = 'm' AND recorded_at >= now() AND recorded_at < now()",
        "UPDATE usage_daily SET total = total + 1 WHERE license_id = "
            + ID
            + " AND metric = 'm' AND usage_day = DATE '2031-03-04'",
        "SELECT COALESCE(SUM(total), 0) FROM usage_daily WHERE license_id = "
            + ID
            + " AND metric = 'm' AND usage_day >= DATE '2031-03-04'",
        "SELECT usage_day, metric, total FROM usage_daily WHERE license_id = "
            + ID
            + DAYS
            + " ORDER BY usage_day, metric",
        "SELECT usage_day, metric, SUM(total) FROM usage_daily WHERE organization_id = "
            + ID
            + DAYS
            + " AND metric = 'm' GROUP BY usage_day, metric ORDER BY usage_day, metric",
        "SELECT CAST((a.created_at AT TIME ZONE 'UTC') AS DATE), COUNT(*)"
            + OF_ORGANIZATION
            + " AND a.created_at >= now() AND a.created_at < now()"
            + " GROUP BY CAST((a.created_at AT TIME ZONE 'UTC') AS DATE)",
        "SELECT id FROM usage_meter_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()"
            + " ORDER BY next_attempt_at, id LIMIT 100 FOR UPDATE SKIP LOCKED",
        "SELECT * FROM usage_meter_outbox WHERE usage_event_id = " + ID
      })
  void statementRunsOnAnIndex(String query) throws SQLException {
    assertThat(plan(query)).doesNotContain("Seq Scan");
  }

  private static String plan(String query) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Connection connection = DATABASE.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SET enable_seqscan = off");
      try (ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }
}
