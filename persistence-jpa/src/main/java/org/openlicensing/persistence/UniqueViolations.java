package org.openlicensing.persistence;

import jakarta.persistence.EntityExistsException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.openlicensing.core.persistence.DuplicateKeyException;

/**
 * Recognizes a broken uniqueness rule in whatever EclipseLink throws, so that core sees one
 * exception for it on every database.
 */
public final class UniqueViolations {
  /** SQLState of unique_violation: PostgreSQL and H2 both report it. */
  static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolations() {}

  /**
   * The DuplicateKeyException to throw instead of {@code e}, or {@code e} itself when it is no
   * unique violation.
   */
  public static RuntimeException translate(RuntimeException e) {
    if (e instanceof DuplicateKeyException || !isUniqueViolation(e)) {
      return e;
    }
    return new DuplicateKeyException("a uniqueness rule of the database was broken", e);
  }

  /**
   * Whether a unique violation is among the causes. The SQLException may hide several levels deep
   * (RollbackException, DatabaseException) and, in a failed batch, in the chain of next exceptions
   * of a BatchUpdateException. EclipseLink refuses a second entity with the same id in one
   * persistence context before the database sees it.
   */
  static boolean isUniqueViolation(Throwable thrown) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    return visit(thrown, seen);
  }

  private static boolean visit(Throwable t, Map<Throwable, Boolean> seen) {
    if (t == null || seen.put(t, Boolean.TRUE) != null) {
      return false;
    }
    if (t instanceof EntityExistsException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (visit(sql.getNextException(), seen)) {
        return true;
      }
    }
    return visit(t.getCause(), seen);
  }
}
