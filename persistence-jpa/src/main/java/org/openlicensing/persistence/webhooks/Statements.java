package org.openlicensing.persistence.webhooks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.openlicensing.persistence.UniqueViolations;

/**
 * Plain SQL on the transaction's own connection, for what JPQL cannot say: {@code FOR UPDATE SKIP
 * LOCKED}, {@code ON CONFLICT DO NOTHING}, and NULLs in uuid columns, which EclipseLink binds as
 * varchar. The persistence context is emptied after every write, as {@code Writes} does, so that no
 * entity read before is read back stale.
 */
final class Statements {
  private Statements() {}

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  static int update(EntityManager em, String sql, Binder binder) {
    try (PreparedStatement statement = connection(em).prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failed(sql, e);
    } finally {
      em.clear();
    }
  }

  /** The uuids in the first column of the rows the query selects, in their order. */
  static List<UUID> ids(EntityManager em, String sql, Binder binder) {
    try (PreparedStatement statement = connection(em).prepareStatement(sql)) {
      binder.bind(statement);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  /** {@code ?, ?, ?} for an IN list of {@code count} values. */
  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static Connection connection(EntityManager em) {
    // Whatever the context holds must reach the database before the statement that follows it.
    em.flush();
    // JpaTransactions opened the database transaction at its start: this is its connection.
    return em.unwrap(Connection.class);
  }

  private static RuntimeException failed(String sql, SQLException e) {
    return UniqueViolations.translate(new PersistenceException("failed: " + sql, e));
  }
}
