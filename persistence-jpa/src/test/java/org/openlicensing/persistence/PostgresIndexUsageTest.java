package org.openlicensing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openlicensing.persistence.testing.PostgresDatabase;

/**
 * Every lookup the repositories make can run on an index. With sequential scans switched off,
 * PostgreSQL still scans sequentially where no index serves the query, so a "Seq Scan" in the plan
 * means an index is missing. The queries are the repositories' lookups written out in SQL.
 */
class PostgresIndexUsageTest {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  private static final String ID = "'01890a5d-ac96-774b-bcce-b302099a8057'";

  @BeforeAll
  static void migrate() {
    SchemaMigration.migrate(DATABASE.dataSource());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM accounts WHERE id = " + ID,
        "SELECT * FROM accounts WHERE email = 'ada@example.com'",
        "SELECT * FROM account_roles WHERE account_id = " + ID,
        "SELECT account_id FROM account_roles WHERE role = 'SUPER_ADMIN' LIMIT 1",
        "SELECT * FROM one_time_tokens WHERE token_hash = 'h' AND purpose = 'VERIFY_EMAIL'",
        "UPDATE one_time_tokens SET used_at = now() WHERE id = " + ID + " AND used_at IS NULL",
        "SELECT * FROM refresh_tokens WHERE token_hash = 'h'",
        "UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = "
            + ID
            + " AND revoked_at IS NULL",
        "SELECT * FROM organizations WHERE id = " + ID,
        "SELECT * FROM memberships WHERE organization_id = " + ID + " AND account_id = " + ID,
        "SELECT organization_id FROM memberships WHERE account_id = "
            + ID
            + " AND role IN ('OWNER', 'ADMIN', 'BILLING') ORDER BY organization_id",
        "SELECT * FROM plans WHERE code = 'pro'",
        "SELECT * FROM plan_prices WHERE plan_code = 'pro'",
        "SELECT * FROM plan_entitlements WHERE plan_code = 'pro'",
        "SELECT * FROM subscriptions WHERE id = " + ID,
        "SELECT * FROM subscriptions WHERE created_by = " + ID + " AND idempotency_key = 'k'",
        "SELECT * FROM subscriptions WHERE organization_id IN ("
            + ID
            + ") ORDER BY created_at DESC, id DESC",
        "SELECT * FROM licenses WHERE id = " + ID,
        "SELECT * FROM licenses WHERE license_key = 'K' FOR UPDATE",
        "SELECT * FROM licenses WHERE organization_id IN ("
            + ID
            + ") AND id > "
            + ID
            + " ORDER BY id LIMIT 50",
        "SELECT * FROM licenses WHERE assignee_id = "
            + ID
            + " AND id > "
            + ID
            + " ORDER BY id LIMIT 50",
        "SELECT * FROM activations WHERE license_id = " + ID + " AND active_fingerprint = 'f'",
        "SELECT * FROM activations WHERE id = " + ID + " AND active_fingerprint IS NOT NULL",
        "SELECT count(*) FROM activations WHERE license_id = "
            + ID
            + " AND active_fingerprint IS NOT NULL",
        "SELECT license_id, count(*) FROM activations WHERE license_id IN ("
            + ID
            + ") AND active_fingerprint IS NOT NULL GROUP BY license_id",
        "UPDATE activations SET active_fingerprint = NULL, deactivated_at = now() WHERE id = "
            + ID
            + " AND active_fingerprint IS NOT NULL",
        "SELECT id FROM outbox_messages WHERE status = 'PENDING' AND next_attempt_at <= now()"
            + " ORDER BY next_attempt_at, id LIMIT 50",
        "UPDATE outbox_messages SET attempts = attempts + 1 WHERE id = "
            + ID
            + " AND status = 'PENDING' AND next_attempt_at <= now()"
      })
  void lookupRunsOnAnIndex(String query) throws SQLException {
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
