package org.openlicensing.persistence.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.Seeds;
import org.openlicensing.persistence.testing.TestDatabase;

/**
 * {@code lockRoleChanges} takes a real row lock: a second transaction that asks waits until the
 * first has ended, which is what keeps the last super admin from being demoted by two servers at
 * once.
 */
abstract class RoleChangeLockingContract {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Set<PlatformRole> SUPER_ADMIN =
      Set.of(PlatformRole.USER, PlatformRole.SUPER_ADMIN);

  private Persistence store;
  private Seeds seeds;
  private ExecutorService threads;

  /** The database of the test class. */
  abstract TestDatabase database();

  @BeforeEach
  void openStore() {
    store = database().emptyPersistence();
    seeds = new Seeds(store);
    threads = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private Account superAdmin() {
    Account account = seeds.account();
    store.transactions().run(() -> store.accounts().updateRoles(account.id(), SUPER_ADMIN));
    return account;
  }

  @Test
  void secondLockWaitsUntilTheFirstTransactionHasCommitted() throws Exception {
    Account demoted = superAdmin();
    superAdmin();
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
    CountDownLatch secondIsWaiting = new CountDownLatch(1);
    Future<?> first =
        threads.submit(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          store.accounts().lockRoleChanges();
                          events.add("first locked");
                          firstHoldsTheLock.countDown();
                          await(secondIsWaiting);
                          store.accounts().updateRoles(demoted.id(), Set.of(PlatformRole.USER));
                          events.add("first commits");
                        }));
    assertThat(firstHoldsTheLock.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    Future<Long> second =
        threads.submit(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          store.accounts().lockRoleChanges();
                          events.add("second locked");
                          return store.accounts().countWithRole(PlatformRole.SUPER_ADMIN);
                        }));

    database().awaitBlockedSession(PATIENCE);
    secondIsWaiting.countDown();
    first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

    assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
        .as("the second transaction counts after the first's demotion")
        .isEqualTo(1);
    assertThat(events).containsExactly("first locked", "first commits", "second locked");
  }

  @Test
  void superAdminsDemotingThemselvesAtOnceLeaveOneSuperAdmin() throws Exception {
    List<Account> admins = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      admins.add(superAdmin());
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    for (Account admin : admins) {
      Callable<Boolean> demoteSelf =
          () -> {
            start.await();
            return store
                .transactions()
                .inTransaction(
                    () -> {
                      store.accounts().lockRoleChanges();
                      if (store.accounts().countWithRole(PlatformRole.SUPER_ADMIN) <= 1) {
                        return false;
                      }
                      store.accounts().updateRoles(admin.id(), Set.of(PlatformRole.USER));
                      return true;
                    });
          };
      attempts.add(threads.submit(demoteSelf));
    }
    start.countDown();
    int demoted = 0;
    for (Future<Boolean> attempt : attempts) {
      demoted += attempt.get(PATIENCE.toSeconds(), TimeUnit.SECONDS) ? 1 : 0;
    }

    assertThat(demoted).isEqualTo(3);
    assertThat(
            store
                .transactions()
                .inTransaction(() -> store.accounts().countWithRole(PlatformRole.SUPER_ADMIN)))
        .isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other transaction never came");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
