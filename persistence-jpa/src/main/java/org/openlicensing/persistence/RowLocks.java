package org.openlicensing.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * How repositories lock rows ({@code SELECT ... FOR UPDATE}). A transaction locks in order to judge
 * a settled state, but the persistence context still holds the entities it read before the lock,
 * and {@code EntityManager.find} answers from them without asking the database: a role read before
 * the lock would be judged again as it was, not as a concurrent transaction committed it. Locking
 * therefore empties the persistence context first, so that every read after the lock goes to the
 * database. Nothing is lost: repositories hand out records, never entities, and write at once.
 */
public final class RowLocks {
  private RowLocks() {}

  /** The query, set to lock what it reads, with everything read before forgotten. */
  public static <T> TypedQuery<T> forUpdate(EntityManager em, TypedQuery<T> query) {
    em.clear();
    return query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
  }
}
