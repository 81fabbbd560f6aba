package org.openlicensing.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * How repositories write. Every write goes to the database at once, so that a broken uniqueness
 * rule is reported by the call that broke it, as the port promises, and conditional updates count
 * the rows they changed. Afterwards the persistence context is emptied: repositories hand out
 * records, never entities, so nothing is lost, and no stale copy can be read back after an UPDATE
 * statement or be compared at commit.
 */
public final class Writes {
  private Writes() {}

  public static void insert(EntityManager em, Object entity) {
    try {
      em.persist(entity);
      em.flush();
    } catch (RuntimeException e) {
      throw UniqueViolations.translate(e);
    }
    em.clear();
  }

  /** Runs an UPDATE statement and returns how many rows it changed. */
  public static int update(EntityManager em, Query statement) {
    int changed;
    try {
      changed = statement.executeUpdate();
    } catch (RuntimeException e) {
      throw UniqueViolations.translate(e);
    }
    em.clear();
    return changed;
  }
}
