package org.openlicensing.benchmarks.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.openlicensing.persistence.DataSources;

/**
 * The PostgreSQL server the benchmarks use, and the databases they make there (named {@code
 * bench_...}, never anyone else's). Set {@code BENCH_PG_HOST}, {@code BENCH_PG_PORT}, {@code
 * BENCH_PG_USER} and {@code BENCH_PG_PASSWORD} to use another server; the defaults are those of
 * these machines: 127.0.0.1:5432, user postgres, trust authentication.
 */
public final class Postgres {
  private static final String HOST = env("BENCH_PG_HOST", "127.0.0.1");
  private static final String PORT = env("BENCH_PG_PORT", "5432");
  private static final String USER = env("BENCH_PG_USER", "postgres");
  private static final String PASSWORD = env("BENCH_PG_PASSWORD", "postgres");

  private Postgres() {}

  public static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  /** The library's own pool (the reference server's settings) on the database. */
  public static HikariDataSource pool(String database) {
    return DataSources.create(url(database), USER, PASSWORD);
  }

  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), USER, PASSWORD);
  }

  public static boolean exists(String database) throws SQLException {
    try (Connection admin = connect("postgres");
        PreparedStatement query =
            admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Drops the benchmark database if it is there and creates it empty. */
  public static void recreate(String database) throws SQLException {
    requireBenchName(database);
    try (Connection admin = connect("postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + database);
    }
  }

  private static void requireBenchName(String database) {
    if (!database.matches("bench_[a-z0-9_]+")) {
      throw new IllegalArgumentException("not a benchmark database name: " + database);
    }
  }

  private static String env(String key, String fallback) {
    String value = System.getenv(key);
    return value == null || value.isBlank() ? fallback : value;
  }
}
