package org.openlicensing.benchmarks.generation;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.benchmarks.support.Comparison;
import org.openlicensing.benchmarks.support.Parents;
import org.openlicensing.benchmarks.support.Postgres;
import org.openlicensing.benchmarks.support.Report;
import org.openlicensing.benchmarks.support.WorkFiles;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.licenses.LicenseKeys;
import org.openlicensing.core.support.Ids;
import org.openlicensing.persistence.DataSources;
import org.openlicensing.persistence.JpaPersistence;

/**
 * Generating the 10,000 licenses of one enterprise subscription through the library's batch path
 * ({@link LicenseIssuer#issue}: ids, keys from a CSPRNG, {@code LicenseRepository.insertAll} in the
 * caller's transaction) against a raw JDBC batch insert of the same rows into the same table on the
 * same pool, with their ids and keys made beforehand (the floor: only the writing is timed). On
 * embedded H2 (a file, as the reference server keeps it) and on PostgreSQL. The two alternate in
 * each round; each run writes the licenses of a subscription of its own, into a table that keeps
 * the rows of the runs before (deleting them would leave the databases work to do during the next
 * run).
 */
public final class GenerationSuite {
  private static final int LICENSES = 10_000;
  private static final int BATCH = 1_000;
  private static final int WARM_UPS = 2;
  private static final int ROUNDS = Integer.getInteger("bench.generation.rounds", 10);
  private static final String DATABASE = "bench_generation";
  private static final String INSERT =
      "INSERT INTO licenses (id, license_key, organization_id, subscription_id, plan_code, status,"
          + " expires_at, device_limit, floating, offline_allowed, grace_days,"
          + " token_lifetime_seconds, entitlements, assignee_id, created_at, concurrency_limit,"
          + " heartbeat_window_seconds, user_bound, overage, transfer_rule)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Report report;
  private final Path work;

  public GenerationSuite(Report report, Path work) {
    this.report = report;
    this.work = work;
  }

  public void run() throws Exception {
    Path h2Directory = work.resolve("generation-h2");
    WorkFiles.deleteRecursively(h2Directory);
    Files.createDirectories(h2Directory);
    try (HikariDataSource h2 =
        DataSources.create(DataSources.embeddedH2Url(h2Directory), "sa", "")) {
      measure("embedded H2 (file)", h2);
    }
    Postgres.recreate(DATABASE);
    try (HikariDataSource postgres = Postgres.pool(DATABASE)) {
      measure("PostgreSQL", postgres);
    }
  }

  private void measure(String database, HikariDataSource dataSource) throws SQLException {
    JpaPersistence persistence = JpaPersistence.start(dataSource);
    try {
      Parents first = Parents.store(persistence);
      LicenseIssuer issuer =
          new LicenseIssuer(persistence.licenses(), new LicenseKeys(), Clock.systemUTC());
      List<Double> library = new ArrayList<>();
      List<Double> raw = new ArrayList<>();
      List<Double> makingRows = new ArrayList<>();
      for (int round = -WARM_UPS + 1; round <= ROUNDS; round++) {
        boolean libraryFirst = Math.floorMod(round, 2) == 1;
        for (int turn = 0; turn < 2; turn++) {
          boolean throughLibrary = (turn == 0) == libraryFirst;
          Parents parents = first.anotherSubscription(persistence);
          double rate;
          if (throughLibrary) {
            long started = System.nanoTime();
            persistence
                .transactions()
                .run(() -> issuer.issue(parents.subscription(), parents.plan(), LICENSES));
            rate = LICENSES / seconds(started);
          } else {
            long making = System.nanoTime();
            List<License> rows = rows(parents);
            makingRows.add((System.nanoTime() - making) / 1e6);
            long started = System.nanoTime();
            insertRaw(dataSource, rows);
            rate = LICENSES / seconds(started);
          }
          requireWritten(dataSource, parents);
          if (round >= 1) {
            (throughLibrary ? library : raw).add(rate);
          }
          Report.progress(
              "generation on "
                  + database
                  + (round >= 1 ? " round " + round : " warm-up")
                  + ": "
                  + (throughLibrary ? "library" : "raw JDBC")
                  + " "
                  + Comparison.format(rate)
                  + " licenses/s");
        }
      }
      report.add(
          new Comparison(
              "Generating 10,000 licenses of one enterprise subscription, " + database,
              "LicenseIssuer + insertAll",
              "raw JDBC batch insert",
              "licenses/s",
              library,
              raw,
              true,
              Optional.of(0.50),
              "batches of " + BATCH + ", one transaction each"));
      report.detail(
          "Generation on "
              + database
              + ": making the 10,000 ids and keys alone (untimed for the"
              + " raw insert, part of the library's figure) took a median of "
              + Comparison.format(
                  org.openlicensing.benchmarks.support.Samples.of(makingRows).median())
              + " ms.");
    } finally {
      persistence.close();
    }
  }

  /** The rows as the issuer makes them: new ids and keys, the plan's policy and entitlements. */
  private static List<License> rows(Parents parents) {
    LicenseKeys keys = new LicenseKeys();
    Clock clock = Clock.systemUTC();
    Instant now = clock.instant();
    List<License> rows = new ArrayList<>(LICENSES);
    for (int i = 0; i < LICENSES; i++) {
      rows.add(
          new License(
              Ids.newId(clock),
              keys.next(),
              parents.subscription().organizationId(),
              parents.subscription().id(),
              parents.plan().code(),
              LicenseStatus.ACTIVE,
              parents.subscription().currentPeriodEnd(),
              parents.plan().policy(),
              parents.plan().entitlements(),
              Optional.empty(),
              now));
    }
    return rows;
  }

  private static void insertRaw(HikariDataSource dataSource, List<License> rows)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        int pending = 0;
        for (License license : rows) {
          LicensePolicy policy = license.policy();
          insert.setObject(1, license.id());
          insert.setString(2, license.key());
          insert.setObject(3, license.organizationId());
          insert.setObject(4, license.subscriptionId());
          insert.setString(5, license.plan());
          insert.setString(6, license.status().name());
          insert.setObject(7, license.expiresAt().atOffset(ZoneOffset.UTC));
          insert.setInt(8, policy.deviceLimit());
          insert.setBoolean(9, policy.floating());
          insert.setBoolean(10, policy.offlineAllowed());
          insert.setInt(11, policy.graceDays());
          insert.setLong(12, policy.tokenLifetime().toSeconds());
          insert.setString(13, String.join(",", new java.util.TreeSet<>(license.entitlements())));
          insert.setNull(14, Types.OTHER);
          insert.setObject(15, OffsetDateTime.ofInstant(license.createdAt(), ZoneOffset.UTC));
          insert.setInt(16, policy.concurrencyLimit());
          insert.setLong(17, policy.heartbeatWindow().toSeconds());
          insert.setBoolean(18, policy.userBound());
          insert.setString(19, policy.overage().name());
          insert.setString(20, policy.transferRule().name());
          insert.addBatch();
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          insert.executeBatch();
        }
      }
      connection.commit();
    }
  }

  /** Both ways must have written the same rows: the subscription's 10,000 licenses. */
  private static void requireWritten(HikariDataSource dataSource, Parents parents)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT count(*) FROM licenses WHERE subscription_id = ?")) {
      count.setObject(1, parents.subscription().id());
      try (java.sql.ResultSet row = count.executeQuery()) {
        row.next();
        if (row.getLong(1) != LICENSES) {
          throw new IllegalStateException(
              "the subscription holds " + row.getLong(1) + " licenses, not " + LICENSES);
        }
      }
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
