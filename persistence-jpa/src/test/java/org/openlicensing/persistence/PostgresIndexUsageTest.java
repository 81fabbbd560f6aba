package org.openlicensing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
  private static final String OTHER_ID = "'01890a5d-ac96-774b-bcce-b302099a8058'";

  private static final String MEMBERS =
      "SELECT m.account_id, a.email, a.name, m.role, m.joined_at FROM memberships m"
          + " JOIN accounts a ON a.id = m.account_id WHERE m.organization_id = "
          + ID;
  private static final String MEMBER_FIRST_PAGE =
      MEMBERS + " ORDER BY m.joined_at, m.account_id LIMIT 50";
  private static final String MEMBER_PAGE =
      MEMBERS
          + " AND m.joined_at >= now() AND (m.joined_at > now() OR m.account_id > "
          + ID
          + ") ORDER BY m.joined_at, m.account_id LIMIT 50";
  private static final String OPEN_INVITATIONS =
      "SELECT * FROM invitations WHERE organization_id = "
          + ID
          + " AND open_email IS NOT NULL AND id > "
          + ID
          + " ORDER BY id LIMIT 50";
  private static final String ORGANIZATION_AUDIT =
      "SELECT * FROM audit_events WHERE organization_id = "
          + ID
          + " AND action LIKE 'member.%' AND id < "
          + ID
          + " ORDER BY id DESC LIMIT 50";
  private static final String PLATFORM_AUDIT =
      "SELECT * FROM audit_events WHERE id < " + ID + " ORDER BY id DESC LIMIT 50";

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
        "SELECT count(*) FROM activations WHERE license_id = "
            + ID
            + " AND active_fingerprint IS NOT NULL AND lease_expires_at > now()",
        "UPDATE activations SET lease_expires_at = NULL WHERE lease_expires_at <= now()",
        "SELECT license_id FROM activations WHERE active_fingerprint = 'f' AND license_id <> "
            + ID
            + " ORDER BY license_id LIMIT 10",
        "SELECT id FROM outbox_messages WHERE status = 'PENDING' AND next_attempt_at <= now()"
            + " ORDER BY next_attempt_at, id LIMIT 50",
        "UPDATE outbox_messages SET attempts = attempts + 1 WHERE id = "
            + ID
            + " AND status = 'PENDING' AND next_attempt_at <= now()",
        "UPDATE accounts SET email = 'b@example.com' WHERE id = " + ID,
        "DELETE FROM account_roles WHERE account_id = " + ID,
        "SELECT count(*) FROM account_roles WHERE role = 'SUPER_ADMIN'",
        "SELECT name FROM platform_locks WHERE name = 'role_changes' FOR UPDATE",
        "SELECT * FROM accounts ORDER BY created_at DESC, id DESC LIMIT 50",
        "SELECT * FROM accounts WHERE created_at >= now() AND (created_at > now() OR id > "
            + ID
            + ") ORDER BY created_at, id LIMIT 50",
        "SELECT * FROM accounts WHERE email >= 'a@example.com'"
            + " AND (email > 'a@example.com' OR id > "
            + ID
            + ") ORDER BY email, id LIMIT 50",
        "SELECT * FROM accounts WHERE name_key <= 'ada' AND (name_key < 'ada' OR id < "
            + ID
            + ") ORDER BY name_key DESC, id DESC LIMIT 50",
        "UPDATE one_time_tokens SET used_at = now() WHERE account_id = "
            + ID
            + " AND purpose = 'PASSWORD_RESET' AND used_at IS NULL",
        "SELECT * FROM memberships WHERE account_id = "
            + ID
            + " ORDER BY joined_at, organization_id",
        "SELECT s.account_id, a.status, r.role FROM sessions s"
            + " JOIN accounts a ON a.id = s.account_id"
            + " LEFT JOIN account_roles r ON r.account_id = a.id WHERE s.id = "
            + ID
            + " AND s.revoked_at IS NULL AND s.expires_at > now()",
        "SELECT * FROM sessions WHERE account_id = "
            + ID
            + " AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at DESC, id DESC",
        "UPDATE sessions SET revoked_at = now() WHERE account_id = "
            + ID
            + " AND revoked_at IS NULL AND expires_at > now() AND id <> "
            + ID,
        "UPDATE sessions SET revoked_at = now() WHERE id = " + ID + " AND revoked_at IS NULL",
        "SELECT * FROM account_profiles WHERE account_id = " + ID,
        "SELECT * FROM audit_events WHERE actor_account_id = "
            + ID
            + " OR target_id = "
            + ID
            + " ORDER BY occurred_at DESC, id DESC LIMIT 20",
        "SELECT * FROM security_events ORDER BY id DESC LIMIT 50",
        "SELECT * FROM security_events WHERE id < " + ID + " ORDER BY id DESC LIMIT 50",
        "SELECT * FROM support_notes WHERE account_id = "
            + ID
            + " ORDER BY created_at DESC, id DESC",
        "SELECT * FROM api_keys WHERE prefix = 'olk_0123456789ab'",
        "SELECT * FROM api_keys WHERE organization_id = "
            + ID
            + " ORDER BY created_at DESC, id DESC",
        "UPDATE api_keys SET last_used_at = now() WHERE id = "
            + ID
            + " AND (last_used_at IS NULL OR last_used_at < now())",
        "SELECT state FROM rate_limit_buckets WHERE id = 'login-per-ip:203.0.113.7' FOR UPDATE",
        "DELETE FROM rate_limit_buckets WHERE expires_at < 1 AND id IN"
            + " (SELECT id FROM rate_limit_buckets WHERE expires_at < 1 LIMIT 100"
            + " FOR UPDATE SKIP LOCKED)",
        "SELECT * FROM organizations WHERE id = " + ID + " FOR UPDATE",
        "UPDATE organizations SET name = 'n' WHERE id = " + ID,
        "SELECT * FROM organization_billing_details WHERE organization_id = " + ID,
        "UPDATE organization_billing_details SET legal_name = 'n' WHERE organization_id = " + ID,
        "SELECT o.id, o.name, m.role FROM memberships m JOIN organizations o"
            + " ON o.id = m.organization_id WHERE m.account_id = "
            + ID
            + " ORDER BY m.joined_at, m.organization_id",
        MEMBERS + " AND m.account_id = " + ID,
        MEMBERS + " AND m.account_id IN (" + ID + ", " + OTHER_ID + ")",
        MEMBER_PAGE,
        "SELECT a.email FROM memberships m JOIN accounts a ON a.id = m.account_id"
            + " WHERE m.organization_id = "
            + ID
            + " AND a.email IN ('a@example.com', 'b@example.com')",
        "SELECT count(*) FROM memberships WHERE organization_id = " + ID,
        "SELECT organization_id, count(*) FROM memberships WHERE organization_id IN ("
            + ID
            + ", "
            + OTHER_ID
            + ") GROUP BY organization_id",
        "SELECT count(*) FROM memberships WHERE organization_id = " + ID + " AND role = 'OWNER'",
        "UPDATE memberships SET role = 'ADMIN' WHERE organization_id = "
            + ID
            + " AND account_id IN ("
            + ID
            + ", "
            + OTHER_ID
            + ") AND role <> 'ADMIN'",
        "DELETE FROM memberships WHERE organization_id = "
            + ID
            + " AND account_id IN ("
            + ID
            + ", "
            + OTHER_ID
            + ")",
        "SELECT * FROM invitations WHERE id = " + ID,
        "SELECT * FROM invitations WHERE token_hash = 'h' FOR UPDATE",
        "SELECT * FROM invitations WHERE organization_id = "
            + ID
            + " AND open_email IN ('a@example.com', 'b@example.com')",
        OPEN_INVITATIONS,
        "UPDATE invitations SET token_hash = 'h' WHERE id = " + ID + " AND open_email IS NOT NULL",
        "SELECT * FROM licenses WHERE id = " + ID + " FOR UPDATE",
        "SELECT * FROM licenses WHERE organization_id = "
            + ID
            + " AND assignee_id IN ("
            + ID
            + ", "
            + OTHER_ID
            + ") ORDER BY id FOR UPDATE",
        "UPDATE licenses SET assignee_id = NULL WHERE id IN (" + ID + ", " + OTHER_ID + ")",
        "UPDATE activations SET active_fingerprint = NULL, deactivated_at = now()"
            + " WHERE license_id IN ("
            + ID
            + ", "
            + OTHER_ID
            + ") AND active_fingerprint IS NOT NULL",
        ORGANIZATION_AUDIT,
        PLATFORM_AUDIT
      })
  void lookupRunsOnAnIndex(String query) throws SQLException {
    assertThat(plan(query)).doesNotContain("Seq Scan");
  }

  /**
   * The pages that grow with an organization walk an index in the order they list, and stop at the
   * page's end: no sort of everything the condition matches.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        MEMBER_PAGE + " | memberships_joined_idx",
        MEMBER_FIRST_PAGE + " | memberships_joined_idx",
        OPEN_INVITATIONS + " | invitations_organization_idx",
        ORGANIZATION_AUDIT + " | audit_events_organization_idx",
        PLATFORM_AUDIT + " | audit_events_pkey"
      })
  void pageWalksItsIndexInItsOrder(String query, String index) throws SQLException {
    // With sorting switched off as well, a "Sort" in the plan means no index yields the order.
    assertThat(plan(query, "enable_sort"))
        .contains(index)
        .doesNotContain("Sort")
        .doesNotContain("Seq Scan");
  }

  /** The plan with sequential scans, and whatever else is named, switched off. */
  private static String plan(String query, String... switchedOff) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Connection connection = DATABASE.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SET enable_seqscan = off");
      for (String setting : switchedOff) {
        statement.execute("SET " + setting + " = off");
      }
      try (ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      } finally {
        // the connection goes back to the pool: the next test starts from the defaults
        statement.execute("RESET ALL");
      }
    }
    return plan.toString();
  }
}
