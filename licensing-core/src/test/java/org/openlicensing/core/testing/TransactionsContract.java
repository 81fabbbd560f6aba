package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.persistence.Transactions;

/** What every {@link Transactions} promises. */
public abstract class TransactionsContract {
  private Persistence store;
  private Transactions transactions;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    transactions = store.transactions();
  }

  @Test
  void returnsTheValueOfTheWork() {
    assertThat(transactions.inTransaction(() -> 42)).isEqualTo(42);
  }

  @Test
  void committedWorkIsSeenByLaterTransactions() {
    Organization organization = TestData.organization();
    transactions.run(() -> store.organizations().insert(organization));

    assertThat(transactions.inTransaction(() -> store.organizations().findById(organization.id())))
        .contains(organization);
  }

  @Test
  void workThatThrowsLeavesNothingBehindAndItsExceptionReachesTheCaller() {
    Organization organization = TestData.organization();
    IllegalStateException failure = new IllegalStateException("the work failed");

    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      store.organizations().insert(organization);
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(transactions.inTransaction(() -> store.organizations().findById(organization.id())))
        .isEmpty();
  }

  @Test
  void nestedTransactionSeesTheWritesOfTheOuterOne() {
    Organization organization = TestData.organization();

    boolean seen =
        transactions.inTransaction(
            () -> {
              store.organizations().insert(organization);
              return transactions.inTransaction(
                  () -> store.organizations().findById(organization.id()).isPresent());
            });

    assertThat(seen).isTrue();
  }

  @Test
  void nestedTransactionIsRolledBackWithTheOuterOne() {
    Organization outer = TestData.organization();
    Organization inner = TestData.organization();

    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      store.organizations().insert(outer);
                      transactions.run(() -> store.organizations().insert(inner));
                      throw new IllegalStateException("the outer work failed after the inner");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(transactions.inTransaction(() -> store.organizations().findById(outer.id())))
        .isEmpty();
    assertThat(transactions.inTransaction(() -> store.organizations().findById(inner.id())))
        .isEmpty();
  }

  @Test
  void brokenUniquenessRuleIsDuplicateKeyAndUndoesTheWholeTransaction() {
    Seeds seeds = new Seeds(store);
    Membership membership =
        new Membership(
            seeds.organization().id(), seeds.account().id(), OrganizationRole.OWNER, TestData.NOW);
    transactions.run(() -> store.organizations().addMember(membership));
    Organization organization = TestData.organization();

    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      store.organizations().insert(organization);
                      store.organizations().addMember(membership);
                    }))
        .isInstanceOf(DuplicateKeyException.class);

    assertThat(transactions.inTransaction(() -> store.organizations().findById(organization.id())))
        .isEmpty();
  }

  /**
   * A database cannot go on after a broken uniqueness rule (PostgreSQL aborts the transaction; JPA
   * marks it for rollback), so catching the DuplicateKeyException inside the transaction does not
   * save it: catch it outside, and retry in a new transaction.
   */
  @Test
  void transactionThatSwallowedADuplicateKeyCannotCommit() {
    Seeds seeds = new Seeds(store);
    Membership membership =
        new Membership(
            seeds.organization().id(), seeds.account().id(), OrganizationRole.OWNER, TestData.NOW);
    transactions.run(() -> store.organizations().addMember(membership));
    Organization organization = TestData.organization();

    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      store.organizations().insert(organization);
                      try {
                        store.organizations().addMember(membership);
                      } catch (DuplicateKeyException swallowed) {
                        // carries on as if nothing happened
                      }
                    }))
        .isInstanceOf(RuntimeException.class);

    assertThat(transactions.inTransaction(() -> store.organizations().findById(organization.id())))
        .isEmpty();
  }

  @Test
  void afterCommitRunsOnceTheTransactionHasCommitted() {
    Organization organization = TestData.organization();
    AtomicBoolean visibleToTheAction = new AtomicBoolean();
    AtomicInteger runs = new AtomicInteger();

    transactions.run(
        () -> {
          store.organizations().insert(organization);
          transactions.afterCommit(
              () -> {
                runs.incrementAndGet();
                visibleToTheAction.set(
                    transactions.inTransaction(
                        () -> store.organizations().findById(organization.id()).isPresent()));
              });
        });

    assertThat(runs).hasValue(1);
    assertThat(visibleToTheAction).isTrue();
  }

  @Test
  void afterCommitOfANestedTransactionWaitsForTheOuterCommit() {
    AtomicBoolean ran = new AtomicBoolean();
    AtomicBoolean ranBeforeOuterEnded = new AtomicBoolean();

    transactions.run(
        () -> {
          transactions.run(() -> transactions.afterCommit(() -> ran.set(true)));
          ranBeforeOuterEnded.set(ran.get());
        });

    assertThat(ranBeforeOuterEnded).isFalse();
    assertThat(ran).isTrue();
  }

  @Test
  void afterCommitNeverRunsWhenTheTransactionRollsBack() {
    AtomicBoolean ran = new AtomicBoolean();

    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      transactions.afterCommit(() -> ran.set(true));
                      throw new IllegalStateException("rolled back");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(ran).isFalse();
  }

  @Test
  void afterCommitOutsideATransactionRunsAtOnce() {
    AtomicBoolean ran = new AtomicBoolean();

    transactions.afterCommit(() -> ran.set(true));

    assertThat(ran).isTrue();
  }

  @Test
  void failingAfterCommitActionDoesNotTurnTheCommitIntoAFailure() {
    Organization organization = TestData.organization();
    AtomicBoolean laterActionRan = new AtomicBoolean();

    transactions.run(
        () -> {
          store.organizations().insert(organization);
          transactions.afterCommit(
              () -> {
                throw new IllegalStateException("the action failed");
              });
          transactions.afterCommit(() -> laterActionRan.set(true));
        });

    assertThat(laterActionRan).isTrue();
    assertThat(transactions.inTransaction(() -> store.organizations().findById(organization.id())))
        .contains(organization);
  }

  @Test
  void repositoriesRefuseToWorkOutsideATransaction() {
    assertThatThrownBy(() -> store.organizations().findById(TestData.newId()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside a transaction");
  }
}
