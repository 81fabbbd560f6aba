package org.openlicensing.persistence.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
import org.openlicensing.api.webhooks.WebhookEventStatus;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.core.webhooks.InboundEvent;
import org.openlicensing.core.webhooks.InboundEventRepository;
import org.openlicensing.core.webhooks.VerifiedEvent;
import org.openlicensing.persistence.testing.TestDatabase;

/**
 * The row locks of the inbox, which only a database has: a worker that holds its event is never
 * released under it, however long it takes, and a claim passes over events another transaction is
 * claiming instead of waiting for them.
 */
abstract class InboundEventLockingContract {
  private static final long PATIENCE_SECONDS = 30;

  /** Well below the databases' lock timeouts (H2's is 10 s): a wait would show. */
  private static final Duration NO_WAIT = Duration.ofSeconds(5);

  private Persistence store;
  private InboundEventRepository inbox;
  private ExecutorService threads;

  /** The database of the test class. */
  abstract TestDatabase database();

  @BeforeEach
  void openStore() {
    store = database().emptyPersistence();
    inbox = store.inboundEvents();
    threads = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private InboundEvent stored() {
    InboundEvent event =
        InboundEvent.received(
            TestData.newId(),
            new VerifiedEvent(
                "stripe",
                TestData.unique("evt"),
                "invoice.paid",
                Optional.empty(),
                TestData.NOW,
                "{}"),
            TestData.NOW);
    store.transactions().run(() -> inbox.insertIfAbsent(event));
    return event;
  }

  private static InboundEvent.Lease lease() {
    return new InboundEvent.Lease(
        UUID.randomUUID(), TestData.NOW, TestData.NOW.plus(Duration.ofMinutes(5)));
  }

  @Test
  void anEventAWorkerHoldsIsNotReclaimedEvenAfterItsLeaseEnded() throws Exception {
    InboundEvent event = stored();
    InboundEvent.Lease lease = lease();
    store.transactions().inTransaction(() -> inbox.claimDue(lease, 1));
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Future<Boolean> slowWorker =
        threads.submit(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          assertThat(inbox.holdClaim(event.id(), lease.claimId())).isTrue();
                          held.countDown();
                          await(finish);
                          return inbox.markProcessed(
                              event.id(), lease.claimId(), TestData.minutesLater(20));
                        }));
    assertThat(held.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

    long started = System.nanoTime();
    int released =
        store
            .transactions()
            .inTransaction(() -> inbox.reclaimExpired(TestData.minutesLater(10), 6, "lease ended"));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    finish.countDown();

    assertThat(released).isZero();
    assertThat(took).as("the reclaimer passes over a held row").isLessThan(NO_WAIT);
    assertThat(slowWorker.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(
            store.transactions().inTransaction(() -> inbox.find(event.id())).orElseThrow().status())
        .isEqualTo(WebhookEventStatus.PROCESSED);
  }

  @Test
  void aClaimPassesOverEventsAnotherTransactionIsClaiming() throws Exception {
    List<InboundEvent> events = List.of(stored(), stored(), stored());
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Future<List<InboundEvent>> first =
        threads.submit(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          List<InboundEvent> mine = inbox.claimDue(lease(), 10);
                          claimed.countDown();
                          await(commit);
                          return mine;
                        }));
    assertThat(claimed.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

    long started = System.nanoTime();
    List<InboundEvent> second =
        store.transactions().inTransaction(() -> inbox.claimDue(lease(), 10));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    commit.countDown();

    assertThat(second).isEmpty();
    assertThat(took).as("a claim never waits for another").isLessThan(NO_WAIT);
    assertThat(first.get(PATIENCE_SECONDS, TimeUnit.SECONDS))
        .extracting(InboundEvent::id)
        .containsExactlyInAnyOrderElementsOf(events.stream().map(InboundEvent::id).toList());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test did not release the transaction");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
