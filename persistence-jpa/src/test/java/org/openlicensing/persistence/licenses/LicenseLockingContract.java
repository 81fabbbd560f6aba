package org.openlicensing.persistence.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.openlicensing.api.licenses.License;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.Seeds;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.persistence.testing.TestDatabase;

/**
 * {@code lockByKey} takes a real row lock: a second transaction that asks for the same license
 * waits until the first has committed, which is what keeps activations within the device limit
 * across servers.
 */
abstract class LicenseLockingContract {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Persistence store;
  private License license;
  private ExecutorService threads;

  /** The database of the test class. */
  abstract TestDatabase database();

  @BeforeEach
  void openStore() {
    store = database().emptyPersistence();
    license = new Seeds(store).license();
    threads = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void secondLockWaitsUntilTheFirstTransactionHasCommitted() throws Exception {
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
                          store.licenses().lockByKey(license.key()).orElseThrow();
                          events.add("first locked");
                          firstHoldsTheLock.countDown();
                          await(secondIsWaiting);
                          store
                              .activations()
                              .insert(TestData.activation(license.id(), "device-of-first"));
                          events.add("first commits");
                        }));
    assertThat(firstHoldsTheLock.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    Future<Integer> second =
        threads.submit(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          store.licenses().lockByKey(license.key()).orElseThrow();
                          events.add("second locked");
                          return store.activations().countActive(license.id());
                        }));

    database().awaitBlockedSession(PATIENCE);
    secondIsWaiting.countDown();
    first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

    assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
        .as("the second transaction sees what the first committed before it could lock")
        .isEqualTo(1);
    assertThat(events).containsExactly("first locked", "first commits", "second locked");
  }

  @Test
  void secondLockByIdWaitsUntilTheFirstTransactionHasCommitted() throws Exception {
    UUID assignee = new Seeds(store).account().id();
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
                          store.licenses().lockById(license.id()).orElseThrow();
                          events.add("first locked");
                          firstHoldsTheLock.countDown();
                          await(secondIsWaiting);
                          store.licenses().updateAssignee(license.id(), assignee);
                          events.add("first commits");
                        }));
    assertThat(firstHoldsTheLock.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    Future<License> second =
        threads.submit(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          License locked = store.licenses().lockById(license.id()).orElseThrow();
                          events.add("second locked");
                          return locked;
                        }));

    database().awaitBlockedSession(PATIENCE);
    secondIsWaiting.countDown();
    first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

    assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).assigneeId())
        .as("the second transaction reads the assignee the first committed")
        .contains(assignee);
    assertThat(events).containsExactly("first locked", "first commits", "second locked");
  }

  @Test
  void concurrentActivationsNeverExceedTheDeviceLimit() throws Exception {
    int limit = license.maxActivations();
    int devices = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    for (int device = 0; device < devices; device++) {
      String fingerprint = "device-" + device;
      Callable<Boolean> activate =
          () -> {
            start.await();
            return store
                .transactions()
                .inTransaction(
                    () -> {
                      store.licenses().lockByKey(license.key()).orElseThrow();
                      if (store.activations().countActive(license.id()) >= limit) {
                        return false;
                      }
                      store.activations().insert(TestData.activation(license.id(), fingerprint));
                      return true;
                    });
          };
      attempts.add(threads.submit(activate));
    }
    start.countDown();
    int granted = 0;
    for (Future<Boolean> attempt : attempts) {
      granted += attempt.get(PATIENCE.toSeconds(), TimeUnit.SECONDS) ? 1 : 0;
    }

    assertThat(granted).isEqualTo(limit);
    assertThat(
            store.transactions().inTransaction(() -> store.activations().countActive(license.id())))
        .isEqualTo(limit);
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
