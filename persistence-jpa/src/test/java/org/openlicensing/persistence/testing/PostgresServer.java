package org.openlicensing.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PostgreSQL server the tests use, from the environment: {@code LICENSING_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code LICENSING_TEST_PG_USER} and {@code
 * LICENSING_TEST_PG_PASSWORD} (both {@code postgres}).
 */
record PostgresServer(String url, String user, String password) {
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  /** Whether a server can be reached is asked once per run: one that is down costs one timeout. */
  private static final Map<PostgresServer, Optional<String>> REACHABILITY =
      new ConcurrentHashMap<>();

  static PostgresServer fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static PostgresServer fromEnvironment(Map<String, String> env) {
    return new PostgresServer(
        env.getOrDefault("LICENSING_TEST_PG_URL", DEFAULT_URL),
        env.getOrDefault("LICENSING_TEST_PG_USER", "postgres"),
        env.getOrDefault("LICENSING_TEST_PG_PASSWORD", "postgres"));
  }

  Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("loginTimeout", "5");
    return DriverManager.getConnection(url, properties);
  }

  /** Why the server cannot be reached, or empty when it can. */
  Optional<String> unreachableBecause() {
    return REACHABILITY.computeIfAbsent(this, PostgresServer::probe);
  }

  private Optional<String> probe() {
    try (Connection connection = connect()) {
      return connection.isValid(5) ? Optional.empty() : Optional.of("the connection is not valid");
    } catch (SQLException e) {
      return Optional.of(e.getMessage());
    }
  }
}
