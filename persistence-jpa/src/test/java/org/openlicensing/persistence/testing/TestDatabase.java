package org.openlicensing.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.persistence.DataSources;
import org.openlicensing.persistence.JpaPersistence;

/**
 * A database of one test class: its URL, a pool on it, and the migrated persistence on the pool,
 * each made when first asked for and closed after the class. {@link #emptyPersistence()} gives each
 * test an empty store without paying for a new schema.
 */
public abstract class TestDatabase {
  private HikariDataSource dataSource;
  private JpaPersistence persistence;

  /** The JDBC URL Flyway and EclipseLink use; valid between the class's before and after. */
  public abstract String jdbcUrl();

  public abstract String user();

  public abstract String password();

  /**
   * A query answering how many sessions wait for a row lock right now, for tests that must see a
   * transaction blocked.
   */
  public abstract String blockedSessionsQuery();

  /**
   * Waits until the database reports a session blocked on a lock. No latch can tell that a thread
   * is parked inside the database, so this asks the database itself.
   */
  public void awaitBlockedSession(Duration patience)
      throws SQLException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + patience.toNanos();
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rows = statement.executeQuery(blockedSessionsQuery())) {
          if (rows.next() && rows.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new TimeoutException("no transaction waited for a lock within " + patience);
  }

  /**
   * A query answering how many sessions are executing a statement that starts like its one
   * parameter (a LIKE pattern), for tests that must see a statement under way.
   */
  protected abstract String statementsInProgressQuery();

  /**
   * Waits until some session is executing a statement that starts with {@code statementStart}. H2
   * does not report every wait as a blocked session: a session whose insert waits for another
   * transaction's uncommitted key shows as running its statement, which this sees.
   */
  public void awaitStatementInProgress(String statementStart, Duration patience)
      throws SQLException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + patience.toNanos();
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(statementsInProgressQuery())) {
      statement.setString(1, statementStart + "%");
      while (System.nanoTime() < deadline) {
        try (ResultSet rows = statement.executeQuery()) {
          if (rows.next() && rows.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new TimeoutException("no session ran '" + statementStart + "' within " + patience);
  }

  /** A pool on the database, as the server would build it. */
  public synchronized HikariDataSource dataSource() {
    if (dataSource == null) {
      dataSource = DataSources.create(jdbcUrl(), user(), password());
    }
    return dataSource;
  }

  /** The persistence on the migrated schema, started once for the class. */
  public synchronized JpaPersistence persistence() {
    if (persistence == null) {
      persistence = JpaPersistence.start(dataSource());
    }
    return persistence;
  }

  /** The persistence with every table emptied: a fresh store for one test. */
  public Persistence emptyPersistence() {
    JpaPersistence started = persistence();
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : Tables.CHILDREN_FIRST) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the tables of " + jdbcUrl(), e);
    }
    return started;
  }

  /** Closes the persistence and the pool; subclasses then drop what they made. */
  protected synchronized void closeConnections() {
    if (persistence != null) {
      persistence.close();
      persistence = null;
    }
    if (dataSource != null) {
      dataSource.close();
      dataSource = null;
    }
  }
}
