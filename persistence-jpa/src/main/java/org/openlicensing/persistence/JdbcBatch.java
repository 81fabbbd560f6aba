package org.openlicensing.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Runs one statement for many rows in JDBC batches on the transaction's own connection, for the
 * bulk writes of the repositories: a thousand rows cost one round trip, where EclipseLink would
 * also register, clone and compare an entity per row. A broken uniqueness rule is a
 * DuplicateKeyException. The persistence context is emptied afterwards, as {@link Writes} does, so
 * that no entity read before the batch is read back stale.
 */
public final class JdbcBatch {
  /** Rows per round trip. */
  public static final int SIZE = 1_000;

  private JdbcBatch() {}

  /** Sets the parameters of the statement for one row. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  /** Runs {@code sql} once per row, {@link #SIZE} rows per batch. */
  public static <T> void execute(EntityManager em, String sql, List<T> rows, Binder<T> binder) {
    if (rows.isEmpty()) {
      return;
    }
    // Whatever the context still holds must reach the database before the rows that follow it.
    em.flush();
    // JpaTransactions opened the database transaction at its start: this is its connection.
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int pending = 0;
      for (T row : rows) {
        binder.bind(statement, row);
        statement.addBatch();
        if (++pending == SIZE) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    } catch (SQLException e) {
      throw UniqueViolations.translate(
          new PersistenceException("a batch of " + rows.size() + " rows failed: " + sql, e));
    } finally {
      em.clear();
    }
  }

  /** Binds a uuid column, NULL included, the way both databases take it. */
  public static void setUuid(PreparedStatement statement, int index, UUID value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.OTHER);
    } else {
      statement.setObject(index, value);
    }
  }

  /** Binds a timestamp with time zone column, NULL included. */
  public static void setInstant(PreparedStatement statement, int index, Instant value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, value.atOffset(ZoneOffset.UTC));
    }
  }

  /** Binds a varchar column, NULL included. */
  public static void setString(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }
}
