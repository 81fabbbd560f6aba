package org.openlicensing.benchmarks.scale;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.openlicensing.api.licenses.ActivationService;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.api.licenses.ValidationResult;
import org.openlicensing.benchmarks.support.Comparison;
import org.openlicensing.benchmarks.support.Postgres;
import org.openlicensing.benchmarks.support.Report;
import org.openlicensing.benchmarks.support.Samples;
import org.openlicensing.core.Licensing;
import org.openlicensing.core.keys.KeyGeneration;
import org.openlicensing.persistence.JpaPersistence;

/**
 * The latency of a validation (the library's {@code ActivationService.validate}, in process, as
 * {@code POST /v1/validations} calls it: four indexed reads in one transaction) on PostgreSQL with
 * 1,000 licenses and 3,000 devices against 1,000,000 licenses and 3,000,000 devices. Each call
 * takes an existing license at random, with one of its devices; one thread, one call at a time, so
 * that the time is the database's and the library's, not a queue's. The two databases take turns
 * call by call; afterwards the exact statements of one validation are explained on each.
 */
public final class ScaleSuite {
  private static final int ROUNDS = Integer.getInteger("bench.scale.rounds", 6);
  private static final int CALLS = Integer.getInteger("bench.scale.calls", 5_000);
  private static final int WARM_UP_CALLS = 3_000;

  private final Report report;

  public ScaleSuite(Report report) {
    this.report = report;
  }

  /** Creates the two databases when they are missing or incomplete. */
  public static void setUp(boolean force) throws Exception {
    for (String database : List.of(ScaleData.SMALL, ScaleData.LARGE)) {
      long licenses =
          database.equals(ScaleData.SMALL) ? ScaleData.SMALL_LICENSES : ScaleData.LARGE_LICENSES;
      if (force || !ScaleData.ready(database, licenses) || !ScaleData.migrates(database)) {
        ScaleData.create(database, licenses);
      }
    }
  }

  private record Target(
      String name,
      long licenses,
      HikariDataSource pool,
      StatementCapture capture,
      JpaPersistence persistence,
      ActivationService service) {

    static Target open(String database, long licenses) {
      HikariDataSource pool = Postgres.pool(database);
      StatementCapture capture = new StatementCapture(pool);
      JpaPersistence persistence = JpaPersistence.start(capture.dataSource());
      Licensing licensing =
          Licensing.builder()
              .persistence(persistence)
              .signingKeys(KeyGeneration.newSigningKeys())
              .publicUrl(URI.create("http://localhost:8080"))
              .build();
      return new Target(database, licenses, pool, capture, persistence, licensing.activations());
    }

    /** Validates a random existing license with one of its devices; returns the nanoseconds. */
    long validateOne() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      long license = 1 + random.nextLong(licenses);
      int device = 1 + random.nextInt(ScaleData.DEVICES_PER_LICENSE);
      String key = ScaleData.key(license);
      String fingerprint = ScaleData.fingerprint(license, device);
      long started = System.nanoTime();
      ValidationResult result = service.validate(key, fingerprint);
      long elapsed = System.nanoTime() - started;
      if (result.code() != ValidationCode.VALID) {
        throw new IllegalStateException(
            name + ": license " + license + " (" + key + ") answered " + result.code());
      }
      return elapsed;
    }

    void close() {
      persistence.close();
      pool.close();
    }
  }

  public void run() throws Exception {
    setUp(false);
    Target small = Target.open(ScaleData.SMALL, ScaleData.SMALL_LICENSES);
    Target large = Target.open(ScaleData.LARGE, ScaleData.LARGE_LICENSES);
    try {
      for (int i = 0; i < WARM_UP_CALLS; i++) {
        small.validateOne();
        large.validateOne();
      }
      List<Double> smallP50 = new ArrayList<>();
      List<Double> largeP50 = new ArrayList<>();
      List<Double> smallP99 = new ArrayList<>();
      List<Double> largeP99 = new ArrayList<>();
      List<long[]> allSmall = new ArrayList<>();
      List<long[]> allLarge = new ArrayList<>();
      long[] smallBlocks = blocks(small);
      long[] largeBlocks = blocks(large);
      for (int round = 1; round <= ROUNDS; round++) {
        // Call by call, the two databases take turns (which one goes first alternates too): a
        // busy moment of the shared machine then falls on both sides of the comparison alike.
        long[] smallNanos = new long[CALLS];
        long[] largeNanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
          if (i % 2 == 0) {
            smallNanos[i] = small.validateOne();
            largeNanos[i] = large.validateOne();
          } else {
            largeNanos[i] = large.validateOne();
            smallNanos[i] = small.validateOne();
          }
        }
        Samples smallSamples = Samples.of(smallNanos);
        Samples largeSamples = Samples.of(largeNanos);
        smallP50.add(smallSamples.percentile(50) / 1e6);
        largeP50.add(largeSamples.percentile(50) / 1e6);
        smallP99.add(smallSamples.percentile(99) / 1e6);
        largeP99.add(largeSamples.percentile(99) / 1e6);
        allSmall.add(smallNanos);
        allLarge.add(largeNanos);
        Report.progress(
            "scale round "
                + round
                + ": "
                + small.name()
                + " p50 "
                + Comparison.format(smallSamples.percentile(50) / 1e6)
                + " ms, p99 "
                + Comparison.format(smallSamples.percentile(99) / 1e6)
                + " ms; "
                + large.name()
                + " p50 "
                + Comparison.format(largeSamples.percentile(50) / 1e6)
                + " ms, p99 "
                + Comparison.format(largeSamples.percentile(99) / 1e6)
                + " ms");
      }
      report.add(
          new Comparison(
              "Validation latency p50, PostgreSQL, 1,000,000 licenses / 3,000,000 activations",
              "1M",
              "1k licenses / 3k activations",
              "ms",
              largeP50,
              smallP50,
              false,
              Optional.of(1.2),
              CALLS
                  + " random existing keys per round and database, the two taking turns call by"
                  + " call; in process, one thread"));
      report.add(
          new Comparison(
              "Validation latency p99, PostgreSQL, 1,000,000 licenses / 3,000,000 activations",
              "1M",
              "1k licenses / 3k activations",
              "ms",
              largeP99,
              smallP99,
              false,
              Optional.empty(),
              "shown, not judged: 50 slowest calls of 5,000 per round, set by the shared"
                  + " machine's scheduling as much as by the database"));
      report.detail(pooled(allSmall, allLarge));
      report.detail(
          "Where the pages came from (pg_statio_user_tables, over the measured rounds): "
              + bufferLine(small, smallBlocks)
              + "; "
              + bufferLine(large, largeBlocks)
              + ". A read is a page PostgreSQL had to fetch from outside its shared buffers ("
              + sharedBuffers(small)
              + "), here from the OS cache.");
      report.detail(plans(small, false) + "\n" + plans(large, true));
    } finally {
      small.close();
      large.close();
    }
  }

  /** Blocks read from outside shared buffers, and found in them, in the database so far. */
  private static long[] blocks(Target target) throws Exception {
    try (Connection connection = target.pool().getConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet row =
            statement.executeQuery(
                "SELECT coalesce(sum(heap_blks_read), 0) + coalesce(sum(idx_blks_read), 0),"
                    + " coalesce(sum(heap_blks_hit), 0) + coalesce(sum(idx_blks_hit), 0)"
                    + " FROM pg_statio_user_tables")) {
      row.next();
      return new long[] {row.getLong(1), row.getLong(2)};
    }
  }

  private String bufferLine(Target target, long[] before) throws Exception {
    // Statistics reach the shared counters within a second of a transaction's end.
    Thread.sleep(1_500);
    long[] after = blocks(target);
    double calls = (double) ROUNDS * CALLS;
    double reads = (after[0] - before[0]) / calls;
    double hits = (after[1] - before[1]) / calls;
    return target.name()
        + " ("
        + databaseSize(target)
        + ") "
        + Comparison.format(reads)
        + " reads and "
        + Comparison.format(hits)
        + " hits per validation ("
        + Comparison.format(100 * hits / Math.max(1e-9, hits + reads))
        + "% hits)";
  }

  private static String databaseSize(Target target) throws Exception {
    try (Connection connection = target.pool().getConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet row =
            statement.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
      row.next();
      return row.getString(1);
    }
  }

  private static String sharedBuffers(Target target) throws Exception {
    try (Connection connection = target.pool().getConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet row = statement.executeQuery("SHOW shared_buffers")) {
      row.next();
      return "shared_buffers = " + row.getString(1);
    }
  }

  private static String pooled(List<long[]> small, List<long[]> large) {
    return "Validation latency over all rounds pooled: 1k licenses p50 "
        + Comparison.format(percentile(small, 50))
        + " ms, p99 "
        + Comparison.format(percentile(small, 99))
        + " ms; 1M licenses p50 "
        + Comparison.format(percentile(large, 50))
        + " ms, p99 "
        + Comparison.format(percentile(large, 99))
        + " ms.";
  }

  private static double percentile(List<long[]> rounds, double p) {
    long[] all = rounds.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    return Samples.of(all).percentile(p) / 1e6;
  }

  /**
   * The statements of one validation, explained on the database they ran on; on the large one, each
   * must read through an index (on the small one the planner may rightly scan a table of a few
   * pages).
   */
  private static String plans(Target target, boolean judge) throws Exception {
    List<StatementCapture.Captured> statements = target.capture().capture(target::validateOne);
    StringBuilder text =
        new StringBuilder(
            "Query plans of one validation on "
                + target.name()
                + " ("
                + target.licenses()
                + " licenses):\n\n");
    boolean allIndexed = true;
    try (Connection connection = target.pool().getConnection()) {
      for (StatementCapture.Captured statement : statements) {
        String plan = StatementCapture.explain(connection, statement);
        allIndexed &= !plan.contains("Seq Scan");
        text.append("```\n").append(statement.sql()).append("\n\n").append(plan).append("```\n\n");
      }
    }
    text.append(statements.size()).append(" statements");
    if (judge) {
      text.append(
          allIndexed
              ? "; every one reads through an index (no Seq Scan)."
              : "; SEQUENTIAL SCAN FOUND on the large database.");
    } else {
      text.append(".");
    }
    return text.toString();
  }
}
