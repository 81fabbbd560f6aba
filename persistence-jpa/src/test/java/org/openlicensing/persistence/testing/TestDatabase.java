package org.openlicensing.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
