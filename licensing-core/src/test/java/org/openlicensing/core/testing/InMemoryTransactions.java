package org.openlicensing.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions over in-memory tables, one at a time: a transaction holds one lock from begin to
 * end, which also makes every row lock trivially held. Beginning snapshots every table; a rollback
 * puts the snapshots back, so a failed transaction leaves no trace, as on a database.
 */
public final class InMemoryTransactions implements Transactions {
  private static final Logger LOG = LoggerFactory.getLogger(InMemoryTransactions.class);

  private final ReentrantLock lock = new ReentrantLock();
  private final List<InMemoryTable<?, ?>> tables = new ArrayList<>();
  private final List<Runnable> afterCommit = new ArrayList<>();
  private DuplicateKeyException doomedBy;

  /** A new table whose rows take part in the transactions. */
  <K, V> InMemoryTable<K, V> table(String name) {
    InMemoryTable<K, V> table = new InMemoryTable<>(this, name);
    tables.add(table);
    return table;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (lock.isHeldByCurrentThread()) {
      return work.get();
    }
    lock.lock();
    List<Runnable> committed;
    try {
      tables.forEach(InMemoryTable::snapshot);
      T result;
      try {
        result = work.get();
        if (doomedBy != null) {
          throw new IllegalStateException(
              "the transaction is rolled back: a uniqueness rule was broken in it, which a"
                  + " database does not let a transaction survive",
              doomedBy);
        }
      } catch (RuntimeException | Error e) {
        tables.forEach(InMemoryTable::rollback);
        afterCommit.clear();
        throw e;
      } finally {
        doomedBy = null;
      }
      tables.forEach(InMemoryTable::commit);
      committed = List.copyOf(afterCommit);
      afterCommit.clear();
      lock.unlock();
      committed.forEach(InMemoryTransactions::runAfterCommit);
      return result;
    } finally {
      if (lock.isHeldByCurrentThread()) {
        lock.unlock();
      }
    }
  }

  @Override
  public void afterCommit(Runnable action) {
    if (lock.isHeldByCurrentThread()) {
      afterCommit.add(action);
    } else {
      action.run();
    }
  }

  private static void runAfterCommit(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      // As in the JPA adapter: the transaction has committed, so its caller learns of success.
      LOG.warn("An after-commit action failed", e);
    }
  }

  /**
   * The in-memory unique constraint. Like a database, it also dooms the transaction: PostgreSQL
   * aborts it, and JPA marks it for rollback.
   */
  void requireUnique(boolean unique, String table, String key) {
    if (!unique) {
      doomedBy =
          new DuplicateKeyException(
              "a uniqueness rule of the store was broken: " + table + " (" + key + ")", null);
      throw doomedBy;
    }
  }

  /** Fails like the JPA adapter does when a repository is used outside a transaction. */
  void requireOpen() {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException(
          "a repository was called outside a transaction; wrap the call in"
              + " Transactions.inTransaction");
    }
  }
}
