package org.openlicensing.core.persistence;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it is committed, or none of it. Repositories called
 * inside join the transaction; a nested call joins the outer one.
 */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs the action once the current transaction has committed, or at once when there is none.
   * Nothing runs for a transaction that rolls back. For nudging workers that read what was just
   * written, such as the outbox relay.
   */
  void afterCommit(Runnable action);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
