package org.openlicensing.persistence.usage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openlicensing.persistence.UniqueViolations;

/**
 * Plain SQL on the transaction's own connection: the usage tables are written by statements JPQL
 * cannot say ({@code ON CONFLICT DO NOTHING}, {@code FOR UPDATE SKIP LOCKED}, additions to a
 * column) and read as sums, so they have no entities. A broken uniqueness rule is a
 * DuplicateKeyException.
 */
final class Sql {
  private Sql() {}

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  static int update(EntityManager em, String sql, Binder binder) {
    try (PreparedStatement statement = connection(em).prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  static <T> List<T> query(EntityManager em, String sql, Binder binder, RowMapper<T> mapper) {
    try (PreparedStatement statement = connection(em).prepareStatement(sql)) {
      binder.bind(statement);
      List<T> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(mapper.map(result));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  /** The first column of the single row of an aggregate such as {@code COALESCE(SUM(x), 0)}. */
  static long number(EntityManager em, String sql, Binder binder) {
    return query(em, sql, binder, row -> row.getLong(1)).get(0);
  }

  private static Connection connection(EntityManager em) {
    // What the persistence context holds must reach the database before the statement.
    em.flush();
    // JpaTransactions opened the database transaction at its start: this is its connection.
    return em.unwrap(Connection.class);
  }

  private static RuntimeException failed(String sql, SQLException e) {
    return UniqueViolations.translate(new PersistenceException("failed: " + sql, e));
  }
}
