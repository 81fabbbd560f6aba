package org.openlicensing.benchmarks.scale;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.benchmarks.support.Parents;
import org.openlicensing.benchmarks.support.Postgres;
import org.openlicensing.benchmarks.support.Report;
import org.openlicensing.persistence.JpaPersistence;

/**
 * The two PostgreSQL databases of the scale run, each migrated by the library (Flyway, through
 * {@link JpaPersistence#start}) with its parent rows stored by the library's repositories, then
 * filled by set-based SQL: {@code n} licenses of the enterprise plan and three active devices on
 * each. License {@code i} has the key {@link #key(long)} and devices {@code device-i-1..3}, so that
 * the benchmark can pick any existing license at random without reading them first.
 *
 * <p>The devices are written device-major (every license's first device, then every second one), as
 * devices activated over time land apart in the table, not beside their license's others.
 */
public final class ScaleData {
  public static final String SMALL = "bench_scale_1k";
  public static final String LARGE = "bench_scale_1m";
  public static final long SMALL_LICENSES = 1_000;
  public static final long LARGE_LICENSES = Long.getLong("bench.scale.licenses", 1_000_000);
  public static final int DEVICES_PER_LICENSE = 3;

  /** One account per ten licenses, each license assigned to one: the view joins the assignee. */
  public static final int LICENSES_PER_ACCOUNT = 10;

  /** Key of license {@code i}: 30 hex digits (a subset of the key alphabet) in six groups. */
  private static final String KEY_SQL =
      "concat_ws('-', substr(h, 1, 5), substr(h, 6, 5), substr(h, 11, 5), substr(h, 16, 5),"
          + " substr(h, 21, 5), substr(h, 26, 5))";

  private ScaleData() {}

  public static String key(long license) {
    try {
      byte[] digest =
          MessageDigest.getInstance("MD5")
              .digest(("ol-bench-key-" + license).getBytes(StandardCharsets.UTF_8));
      String h = HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
      StringBuilder key = new StringBuilder(35);
      for (int group = 0; group < 6; group++) {
        if (group > 0) {
          key.append('-');
        }
        key.append(h, group * 5, group * 5 + 5);
      }
      return key.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String fingerprint(long license, int device) {
    return "device-" + license + "-" + device;
  }

  /** Whether the database holds the licenses and devices a run expects. */
  public static boolean ready(String database, long licenses) throws SQLException {
    if (!Postgres.exists(database)) {
      return false;
    }
    try (Connection connection = Postgres.connect(database);
        Statement statement = connection.createStatement();
        ResultSet counts =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM licenses), (SELECT count(*) FROM activations)")) {
      counts.next();
      return counts.getLong(1) == licenses && counts.getLong(2) == licenses * DEVICES_PER_LICENSE;
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Whether the library's migrations run on the database as it is (new ones are applied). A
   * database made before the migrations were renumbered or rewritten is not, and is made anew.
   */
  public static boolean migrates(String database) {
    try (HikariDataSource pool = Postgres.pool(database)) {
      JpaPersistence.start(pool).close();
      return true;
    } catch (RuntimeException e) {
      Report.progress(
          "scale setup: "
              + database
              + " does not take the current migrations ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); making it anew");
      return false;
    }
  }

  public static void create(String database, long licenses) throws SQLException {
    long started = System.nanoTime();
    Report.progress(
        "scale setup: "
            + database
            + " with "
            + licenses
            + " licenses and "
            + licenses * DEVICES_PER_LICENSE
            + " activations");
    Postgres.recreate(database);
    Parents parents;
    try (HikariDataSource pool = Postgres.pool(database)) {
      JpaPersistence persistence = JpaPersistence.start(pool);
      try {
        parents = Parents.store(persistence);
      } finally {
        persistence.close();
      }
    }
    LicensePolicy policy = parents.plan().policy();
    String entitlements = String.join(",", new java.util.TreeSet<>(parents.plan().entitlements()));
    try (Connection connection = Postgres.connect(database)) {
      try (Statement statement = connection.createStatement()) {
        // Generated rows are consistent by construction: skip the per-row foreign key checks.
        statement.execute("SET session_replication_role = replica");
      }
      long accounts = Math.max(1, licenses / LICENSES_PER_ACCOUNT);
      try (PreparedStatement insert =
          connection.prepareStatement(
              // Copies of the buyer's row, whatever columns the accounts table has.
              "INSERT INTO accounts SELECT (jsonb_populate_record(a, jsonb_build_object("
                  + "'id', md5('ol-bench-account-' || i)::uuid,"
                  + " 'email', 'bench-user-' || i || '@example.com'))).*"
                  + " FROM accounts a, generate_series(1, ?) AS i WHERE a.id = ?")) {
        insert.setLong(1, accounts);
        insert.setObject(2, parents.buyer().id());
        insert.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO licenses (id, license_key, organization_id, subscription_id, plan_code,"
                  + " status, expires_at, device_limit, floating, offline_allowed, grace_days,"
                  + " token_lifetime_seconds, entitlements, assignee_id, created_at)"
                  + " SELECT md5('ol-bench-license-' || i)::uuid, "
                  + KEY_SQL
                  + ", ?, ?, ?,"
                  + " 'ACTIVE', now() + interval '365 days', ?, ?, ?, ?, ?, ?,"
                  + " md5('ol-bench-account-' || (i % ? + 1))::uuid, now()"
                  + " FROM (SELECT i, upper(md5('ol-bench-key-' || i)) AS h"
                  + "       FROM generate_series(1, ?) AS i) AS numbered")) {
        insert.setObject(1, parents.organization().id());
        insert.setObject(2, parents.subscription().id());
        insert.setString(3, parents.plan().code());
        insert.setInt(4, policy.deviceLimit());
        insert.setBoolean(5, policy.floating());
        insert.setBoolean(6, policy.offlineAllowed());
        insert.setInt(7, policy.graceDays());
        insert.setLong(8, policy.tokenLifetime().toSeconds());
        insert.setString(9, entitlements);
        insert.setLong(10, accounts);
        insert.setLong(11, licenses);
        insert.executeUpdate();
      }
      Report.progress("scale setup: " + database + " licenses written");
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO activations (id, license_id, fingerprint, active_fingerprint, name,"
                  + " platform, created_at, last_seen_at, deactivated_at)"
                  + " SELECT md5('ol-bench-activation-' || i || '-' || d)::uuid,"
                  + " md5('ol-bench-license-' || i)::uuid,"
                  + " 'device-' || i || '-' || d, 'device-' || i || '-' || d,"
                  + " 'Device ' || d, 'linux-x86_64', now(), now(), NULL"
                  + " FROM generate_series(1, ?) AS d, generate_series(1, ?) AS i")) {
        insert.setInt(1, DEVICES_PER_LICENSE);
        insert.setLong(2, licenses);
        insert.executeUpdate();
      }
      Report.progress("scale setup: " + database + " activations written");
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET session_replication_role = origin");
        statement.execute("VACUUM (ANALYZE) accounts");
        statement.execute("VACUUM (ANALYZE) licenses");
        statement.execute("VACUUM (ANALYZE) activations");
      }
    }
    Report.progress(
        "scale setup: "
            + database
            + " ready in "
            + (System.nanoTime() - started) / 1_000_000_000
            + " s");
  }
}
