package org.openlicensing.persistence.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Preferences;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.Seeds;
import org.openlicensing.persistence.testing.TestDatabase;

/**
 * Two first saves of one account's profile at once, as two servers may make them: the second finds
 * no row to update, its insert waits for the first transaction's, yields once that has committed,
 * and it updates instead. Neither fails; the later save wins.
 */
abstract class ProfileSaveRaceContract {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Persistence store;
  private UUID accountId;
  private ExecutorService threads;

  /** The database of the test class. */
  abstract TestDatabase database();

  @BeforeEach
  void openStore() {
    store = database().emptyPersistence();
    accountId = new Seeds(store).account().id();
    threads = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private static Profile withCompany(String company) {
    return new Profile(
        Optional.of(company),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Preferences.DEFAULT);
  }

  @Test
  void concurrentFirstSavesBothSucceedAndTheLaterWins() throws Exception {
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch secondIsWaiting = new CountDownLatch(1);
    Future<?> first =
        threads.submit(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          store.profiles().save(accountId, withCompany("First GmbH"));
                          firstInserted.countDown();
                          await(secondIsWaiting);
                        }));
    assertThat(firstInserted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    Future<?> second =
        threads.submit(
            () ->
                store
                    .transactions()
                    .run(() -> store.profiles().save(accountId, withCompany("Second Ltd"))));

    database().awaitStatementInProgress("INSERT INTO account_profiles", PATIENCE);
    secondIsWaiting.countDown();
    first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

    assertThat(store.transactions().inTransaction(() -> store.profiles().find(accountId)))
        .contains(withCompany("Second Ltd"));
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
