package org.openlicensing.persistence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh schema for one test class in the PostgreSQL named by the environment (see {@link
 * PostgresServer}), dropped after the class. Its URL carries {@code currentSchema}, so Flyway and
 * EclipseLink work inside the schema. Register it on a static field for a schema per class:
 * {@code @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();}, or
 * on an instance field for a schema per test.
 *
 * <p>When PostgreSQL cannot be reached, the class is disabled with the reason, or, when the
 * environment says {@code CI=true}, it fails: CI must never pass without having run the tests.
 */
public final class PostgresDatabase extends TestDatabase
    implements ExecutionCondition,
        BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback {
  private final PostgresServer server;
  private final boolean ci;
  private String owner;
  private String schema;

  public PostgresDatabase() {
    this(PostgresServer.fromEnvironment(), "true".equalsIgnoreCase(System.getenv("CI")));
  }

  PostgresDatabase(PostgresServer server, boolean ci) {
    this.server = server;
    this.ci = ci;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> problem = server.unreachableBecause();
    if (problem.isEmpty()) {
      return ConditionEvaluationResult.enabled("PostgreSQL is reachable at " + server.url());
    }
    if (ci) {
      // Enabled, so that beforeAll fails the class: under CI a missing database is an error.
      return ConditionEvaluationResult.enabled("CI=true: the tests fail without PostgreSQL");
    }
    return ConditionEvaluationResult.disabled(unreachable(problem.get()));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    createSchemaFor(context);
  }

  /** Registered on an instance field, the extension is told of tests only: a schema per test. */
  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    createSchemaFor(context);
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    dropSchemaOf(context);
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    dropSchemaOf(context);
  }

  /**
   * Creates the schema unless an enclosing scope did: nested classes and the tests of a class whose
   * schema exists use that one.
   */
  private synchronized void createSchemaFor(ExtensionContext context) throws SQLException {
    if (owner != null) {
      return;
    }
    Optional<String> problem = server.unreachableBecause();
    if (problem.isPresent()) {
      throw new IllegalStateException(unreachable(problem.get()) + "; CI=true, so this fails");
    }
    String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute("CREATE SCHEMA " + name);
    schema = name;
    owner = context.getUniqueId();
  }

  private synchronized void dropSchemaOf(ExtensionContext context) throws SQLException {
    if (!context.getUniqueId().equals(owner)) {
      return;
    }
    try {
      closeConnections();
    } finally {
      execute("DROP SCHEMA " + schema + " CASCADE");
      schema = null;
      owner = null;
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = server.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private String unreachable(String reason) {
    return "PostgreSQL is not reachable at "
        + server.url()
        + " as "
        + server.user()
        + " ("
        + reason
        + "); start it, or point LICENSING_TEST_PG_URL, LICENSING_TEST_PG_USER and"
        + " LICENSING_TEST_PG_PASSWORD at one";
  }

  /** The schema of the running class, which its URL makes the current one. */
  public synchronized String schema() {
    if (schema == null) {
      throw new IllegalStateException("the schema exists only while its test class runs");
    }
    return schema;
  }

  @Override
  public String jdbcUrl() {
    String url = server.url();
    String separator = url.contains("?") ? "&" : "?";
    return url + separator + "currentSchema=" + schema().toLowerCase(Locale.ROOT);
  }

  @Override
  public String user() {
    return server.user();
  }

  @Override
  public String password() {
    return server.password();
  }

  @Override
  public String blockedSessionsQuery() {
    return "SELECT COUNT(*) FROM pg_stat_activity"
        + " WHERE datname = current_database() AND wait_event_type = 'Lock'";
  }

  @Override
  protected String statementsInProgressQuery() {
    return "SELECT COUNT(*) FROM pg_stat_activity"
        + " WHERE datname = current_database() AND state = 'active' AND query LIKE ?";
  }
}
