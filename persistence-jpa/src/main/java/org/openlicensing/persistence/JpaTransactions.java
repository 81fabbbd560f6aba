package org.openlicensing.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.openlicensing.core.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One EntityManager, and so one connection, per transaction, bound to the thread that runs it. A
 * nested call joins the transaction of its thread. Unique violations become DuplicateKeyException,
 * whether the database reports them at a flush inside the work or at the commit.
 */
public final class JpaTransactions implements Transactions {
  private static final Logger LOG = LoggerFactory.getLogger(JpaTransactions.class);

  private final EntityManagerFactory factory;
  private final ThreadLocal<Open> current = new ThreadLocal<>();

  public JpaTransactions(EntityManagerFactory factory) {
    this.factory = factory;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return joined(work);
    }
    EntityManager em = factory.createEntityManager();
    Open open = new Open(em);
    current.set(open);
    T result;
    try {
      result = runAndCommit(em, work);
    } catch (RuntimeException e) {
      throw UniqueViolations.translate(e);
    } finally {
      current.remove();
      em.close();
    }
    open.runAfterCommit();
    return result;
  }

  private static <T> T runAndCommit(EntityManager em, Supplier<T> work) {
    EntityTransaction tx = em.getTransaction();
    tx.begin();
    try {
      // Open the database transaction now, once: the JDBC work of repositories (batch inserts)
      // then runs inside it. Begun later, after a flush had begun it implicitly, EclipseLink
      // would nest a second level, and the commit would never reach the database.
      em.unwrap(UnitOfWork.class).beginEarlyTransaction();
      T result = work.get();
      tx.commit();
      return result;
    } catch (Throwable failure) {
      if (tx.isActive()) {
        try {
          tx.rollback();
        } catch (RuntimeException rollbackFailure) {
          failure.addSuppressed(rollbackFailure);
        }
      }
      throw failure;
    }
  }

  private static <T> T joined(Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      throw UniqueViolations.translate(e);
    }
  }

  @Override
  public void afterCommit(Runnable action) {
    Open open = current.get();
    if (open == null) {
      action.run();
    } else {
      open.afterCommit.add(action);
    }
  }

  /** The EntityManager of the thread's transaction; repositories work only inside one. */
  public EntityManager entityManager() {
    Open open = current.get();
    if (open == null) {
      throw new IllegalStateException(
          "a repository was called outside a transaction; wrap the call in"
              + " Transactions.inTransaction");
    }
    return open.em;
  }

  /** A transaction in progress: its EntityManager and what to do once it has committed. */
  private static final class Open {
    final EntityManager em;
    final List<Runnable> afterCommit = new ArrayList<>();

    Open(EntityManager em) {
      this.em = em;
    }

    void runAfterCommit() {
      for (Runnable action : afterCommit) {
        try {
          action.run();
        } catch (RuntimeException e) {
          // The transaction has committed: its caller must learn of success, not of this.
          LOG.warn("An after-commit action failed", e);
        }
      }
    }
  }
}
