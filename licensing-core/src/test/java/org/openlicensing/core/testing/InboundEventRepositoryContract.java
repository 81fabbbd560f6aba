package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.webhooks.WebhookEvent;
import org.openlicensing.api.webhooks.WebhookEventQuery;
import org.openlicensing.api.webhooks.WebhookEventStatus;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.webhooks.InboundEvent;
import org.openlicensing.core.webhooks.InboundEventRepository;
import org.openlicensing.core.webhooks.VerifiedEvent;

/** What every {@link InboundEventRepository} promises. */
public abstract class InboundEventRepositoryContract {
  private static final int MAX_ATTEMPTS = 6;

  private Persistence store;
  private InboundEventRepository inbox;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    inbox = store.inboundEvents();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private static InboundEvent event(String provider, String eventId, Instant receivedAt) {
    return InboundEvent.received(
        TestData.newId(),
        new VerifiedEvent(
            provider,
            eventId,
            "invoice.paid",
            Optional.of("in_" + eventId),
            receivedAt,
            "{\"id\":\"" + eventId + "\",\"text\":\"Grüße, ünïcödé ✓\"}"),
        receivedAt);
  }

  private InboundEvent stored(Instant receivedAt) {
    InboundEvent event = event("stripe", TestData.unique("evt"), receivedAt);
    assertThat(tx(() -> inbox.insertIfAbsent(event))).isTrue();
    return event;
  }

  private static InboundEvent.Lease lease(Instant at) {
    return new InboundEvent.Lease(UUID.randomUUID(), at, at.plusSeconds(300));
  }

  private List<InboundEvent> claim(InboundEvent.Lease lease, int limit) {
    return tx(() -> inbox.claimDue(lease, limit));
  }

  private InboundEvent find(UUID id) {
    return tx(() -> inbox.find(id)).orElseThrow();
  }

  private static List<UUID> ids(List<InboundEvent> events) {
    return events.stream().map(InboundEvent::id).toList();
  }

  // Storing once

  @Test
  void storedEventReadsBackAsItArrivedDueAtOnce() {
    InboundEvent event = stored(TestData.NOW);

    assertThat(find(event.id())).isEqualTo(event);
    assertThat(event.status()).isEqualTo(WebhookEventStatus.RECEIVED);
    assertThat(event.nextAttemptAt()).contains(TestData.NOW);
  }

  @Test
  void theSameEventIdOfTheSameProviderIsStoredOnce() {
    InboundEvent first = event("stripe", "evt_once", TestData.NOW);
    InboundEvent again = event("stripe", "evt_once", TestData.minutesLater(1));

    assertThat(tx(() -> inbox.insertIfAbsent(first))).isTrue();
    assertThat(tx(() -> inbox.insertIfAbsent(again))).isFalse();

    assertThat(tx(() -> inbox.find(again.id()))).isEmpty();
    assertThat(find(first.id())).isEqualTo(first);
  }

  @Test
  void theSameEventIdOfAnotherProviderIsAnotherEvent() {
    assertThat(tx(() -> inbox.insertIfAbsent(event("stripe", "evt_shared", TestData.NOW))))
        .isTrue();
    assertThat(tx(() -> inbox.insertIfAbsent(event("resend", "evt_shared", TestData.NOW))))
        .isTrue();
  }

  @Test
  void aRepeatedDeliveryLeavesTheTransactionUsable() {
    InboundEvent first = stored(TestData.NOW);
    InboundEvent other = event("stripe", TestData.unique("evt"), TestData.NOW);

    boolean[] results =
        tx(
            () ->
                new boolean[] {
                  inbox.insertIfAbsent(event("stripe", first.eventId(), TestData.NOW)),
                  inbox.insertIfAbsent(other)
                });

    assertThat(results).containsExactly(false, true);
    assertThat(find(other.id())).isEqualTo(other);
  }

  @Test
  void concurrentDeliveriesOfOneEventStoreItOnce() throws Exception {
    int servers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(servers);
    try {
      List<Future<Boolean>> stored = new ArrayList<>();
      for (int i = 0; i < servers; i++) {
        InboundEvent delivery = event("stripe", "evt_raced", TestData.NOW);
        stored.add(
            pool.submit(
                () -> {
                  start.await();
                  return tx(() -> inbox.insertIfAbsent(delivery));
                }));
      }
      start.countDown();
      int fresh = 0;
      for (Future<Boolean> result : stored) {
        fresh += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }

      assertThat(fresh).isEqualTo(1);
      assertThat(tx(() -> inbox.search(WebhookEventQuery.everything(), null, 10))).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  // Claiming

  @Test
  void claimTakesDueEventsEarliestFirstUpToTheLimitWithOneMoreAttempt() {
    InboundEvent later = stored(TestData.minutesLater(3));
    InboundEvent earliest = stored(TestData.minutesLater(1));
    InboundEvent middle = stored(TestData.minutesLater(2));
    InboundEvent.Lease lease = lease(TestData.minutesLater(5));

    List<InboundEvent> claimed = claim(lease, 2);

    assertThat(ids(claimed)).containsExactly(earliest.id(), middle.id());
    assertThat(claimed)
        .allSatisfy(
            e -> {
              assertThat(e.status()).isEqualTo(WebhookEventStatus.PROCESSING);
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.lease()).contains(lease);
              assertThat(e.nextAttemptAt()).isEmpty();
            });
    assertThat(ids(claim(lease(TestData.minutesLater(5)), 2))).containsExactly(later.id());
  }

  @Test
  void anEventReceivedAfterNowIsNotYetDue() {
    stored(TestData.minutesLater(1));

    assertThat(claim(lease(TestData.NOW), 10)).isEmpty();
  }

  @Test
  void aClaimedEventIsNotClaimedAgainEvenAfterItsLeaseEnds() {
    stored(TestData.NOW);
    claim(lease(TestData.NOW), 10);

    assertThat(claim(lease(TestData.minutesLater(60)), 10)).isEmpty();
  }

  @Test
  void aClaimInATransactionThatRollsBackLeavesTheEventDue() {
    InboundEvent event = stored(TestData.NOW);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          inbox.claimDue(lease(TestData.NOW), 10);
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(find(event.id()).status()).isEqualTo(WebhookEventStatus.RECEIVED);
    assertThat(ids(claim(lease(TestData.NOW), 10))).containsExactly(event.id());
  }

  @Test
  void concurrentClaimsNeverHandOutAnEventTwice() throws Exception {
    List<UUID> stored = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      stored.add(stored(TestData.NOW).id());
    }
    CountDownLatch start = new CountDownLatch(1);
    Callable<List<UUID>> worker =
        () -> {
          start.await();
          List<UUID> mine = new ArrayList<>();
          for (int round = 0; round < 20; round++) {
            mine.addAll(ids(claim(lease(TestData.NOW), 5)));
          }
          return mine;
        };
    ExecutorService servers = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<UUID>>> results = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        results.add(servers.submit(worker));
      }
      start.countDown();
      List<UUID> claimed = new ArrayList<>();
      for (Future<List<UUID>> result : results) {
        claimed.addAll(result.get(60, TimeUnit.SECONDS));
      }
      // Whatever a worker passed over while another held it is still due.
      claimed.addAll(ids(claim(lease(TestData.NOW), 100)));

      assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
    } finally {
      servers.shutdownNow();
    }
  }

  // Finishing a claim

  @Test
  void theClaimIsHeldOnlyUnderItsOwnClaimId() {
    InboundEvent event = stored(TestData.NOW);
    InboundEvent.Lease lease = lease(TestData.NOW);
    claim(lease, 1);

    assertThat(tx(() -> inbox.holdClaim(event.id(), lease.claimId()))).isTrue();
    assertThat(tx(() -> inbox.holdClaim(event.id(), UUID.randomUUID()))).isFalse();
  }

  @Test
  void aProcessedEventIsNeverClaimedAgain() {
    InboundEvent event = stored(TestData.NOW);
    InboundEvent.Lease lease = lease(TestData.NOW);
    claim(lease, 1);

    assertThat(tx(() -> inbox.markProcessed(event.id(), lease.claimId(), TestData.minutesLater(1))))
        .isTrue();

    InboundEvent processed = find(event.id());
    assertThat(processed.status()).isEqualTo(WebhookEventStatus.PROCESSED);
    assertThat(processed.processedAt()).contains(TestData.minutesLater(1));
    assertThat(processed.lease()).isEmpty();
    assertThat(processed.attempts()).isEqualTo(1);
    assertThat(claim(lease(TestData.minutesLater(600)), 10)).isEmpty();
    assertThat(tx(() -> inbox.holdClaim(event.id(), lease.claimId()))).isFalse();
  }

  @Test
  void anotherClaimCannotFinishTheEvent() {
    InboundEvent event = stored(TestData.NOW);
    claim(lease(TestData.NOW), 1);
    UUID stranger = UUID.randomUUID();
    Instant later = TestData.minutesLater(1);

    assertThat(tx(() -> inbox.markProcessed(event.id(), stranger, later))).isFalse();
    assertThat(tx(() -> inbox.markFailed(event.id(), stranger, "x", later))).isFalse();
    assertThat(tx(() -> inbox.markDead(event.id(), stranger, "x", later))).isFalse();
    assertThat(find(event.id()).status()).isEqualTo(WebhookEventStatus.PROCESSING);
  }

  @Test
  void aFailedEventIsDueAgainAtItsRetryTimeAndNotBefore() {
    InboundEvent event = stored(TestData.NOW);
    InboundEvent.Lease first = lease(TestData.NOW);
    claim(first, 1);
    Instant retryAt = TestData.minutesLater(5);

    assertThat(tx(() -> inbox.markFailed(event.id(), first.claimId(), "HTTP 503", retryAt)))
        .isTrue();

    InboundEvent failed = find(event.id());
    assertThat(failed.status()).isEqualTo(WebhookEventStatus.FAILED);
    assertThat(failed.lastError()).contains("HTTP 503");
    assertThat(failed.nextAttemptAt()).contains(retryAt);
    assertThat(failed.lease()).isEmpty();
    assertThat(claim(lease(TestData.minutesLater(4)), 10)).isEmpty();
    List<InboundEvent> again = claim(lease(retryAt), 10);
    assertThat(ids(again)).containsExactly(event.id());
    assertThat(again.get(0).attempts()).isEqualTo(2);
  }

  @Test
  void aDeadEventIsNeverClaimedAgain() {
    InboundEvent event = stored(TestData.NOW);
    InboundEvent.Lease lease = lease(TestData.NOW);
    claim(lease, 1);

    assertThat(tx(() -> inbox.markDead(event.id(), lease.claimId(), "gone", TestData.NOW)))
        .isTrue();

    assertThat(find(event.id()).status()).isEqualTo(WebhookEventStatus.DEAD);
    assertThat(find(event.id()).lastError()).contains("gone");
    assertThat(claim(lease(TestData.minutesLater(6000)), 10)).isEmpty();
  }

  // Reclaiming

  @Test
  void anEventWhoseLeaseEndedIsReclaimedDueAtOnceWithItsAttemptCounted() {
    InboundEvent event = stored(TestData.NOW);
    InboundEvent.Lease crashed = lease(TestData.NOW);
    claim(crashed, 1);
    Instant afterLease = crashed.expiresAt();

    int released = tx(() -> inbox.reclaimExpired(afterLease, MAX_ATTEMPTS, "lease ended"));

    assertThat(released).isEqualTo(1);
    InboundEvent reclaimed = find(event.id());
    assertThat(reclaimed.status()).isEqualTo(WebhookEventStatus.FAILED);
    assertThat(reclaimed.nextAttemptAt()).contains(afterLease);
    assertThat(reclaimed.lastError()).contains("lease ended");
    assertThat(reclaimed.attempts()).isEqualTo(1);
    assertThat(tx(() -> inbox.markProcessed(event.id(), crashed.claimId(), afterLease)))
        .as("the crashed worker's claim is void")
        .isFalse();
    List<InboundEvent> again = claim(lease(afterLease), 10);
    assertThat(ids(again)).containsExactly(event.id());
    assertThat(again.get(0).attempts()).isEqualTo(2);
  }

  @Test
  void anEventWithinItsLeaseIsNotReclaimed() {
    InboundEvent event = stored(TestData.NOW);
    InboundEvent.Lease lease = lease(TestData.NOW);
    claim(lease, 1);

    int released =
        tx(() -> inbox.reclaimExpired(lease.expiresAt().minusMillis(1), MAX_ATTEMPTS, "x"));

    assertThat(released).isZero();
    assertThat(find(event.id()).status()).isEqualTo(WebhookEventStatus.PROCESSING);
  }

  @Test
  void anEventReclaimedAfterItsLastAttemptIsDead() {
    InboundEvent event = stored(TestData.NOW);
    InboundEvent.Lease lease = lease(TestData.NOW);
    claim(lease, 1);

    tx(() -> inbox.reclaimExpired(lease.expiresAt(), 1, "lease ended"));

    InboundEvent dead = find(event.id());
    assertThat(dead.status()).isEqualTo(WebhookEventStatus.DEAD);
    assertThat(dead.nextAttemptAt()).isEmpty();
    assertThat(claim(lease(TestData.minutesLater(6000)), 10)).isEmpty();
  }

  // Replay

  @Test
  void replayMakesADeadEventDueAgainFromTheStart() {
    InboundEvent event = stored(TestData.NOW);
    InboundEvent.Lease lease = lease(TestData.NOW);
    claim(lease, 1);
    tx(() -> inbox.markDead(event.id(), lease.claimId(), "gone", TestData.NOW));
    Instant replayedAt = TestData.minutesLater(30);

    assertThat(tx(() -> inbox.resetForReplay(event.id(), replayedAt))).isTrue();

    InboundEvent replayed = find(event.id());
    assertThat(replayed.status()).isEqualTo(WebhookEventStatus.RECEIVED);
    assertThat(replayed.attempts()).isZero();
    assertThat(replayed.nextAttemptAt()).contains(replayedAt);
    assertThat(replayed.lastError()).isEmpty();
    assertThat(replayed.processedAt()).isEmpty();
    assertThat(ids(claim(lease(replayedAt), 10))).containsExactly(event.id());
  }

  @Test
  void anEventBeingProcessedIsNotReset() {
    InboundEvent event = stored(TestData.NOW);
    claim(lease(TestData.NOW), 1);

    assertThat(tx(() -> inbox.resetForReplay(event.id(), TestData.minutesLater(1)))).isFalse();
    assertThat(tx(() -> inbox.resetForReplay(UUID.randomUUID(), TestData.NOW))).isFalse();
    assertThat(find(event.id()).status()).isEqualTo(WebhookEventStatus.PROCESSING);
  }

  // Searching

  @Test
  void searchFiltersAndPagesNewestFirstWithoutPayloads() {
    InboundEvent a = stored(TestData.minutesLater(1));
    InboundEvent b = stored(TestData.minutesLater(2));
    InboundEvent other = event("resend", TestData.unique("evt"), TestData.minutesLater(3));
    tx(() -> inbox.insertIfAbsent(other));
    InboundEvent c = stored(TestData.minutesLater(4));

    List<WebhookEvent> stripe =
        tx(() -> inbox.search(new WebhookEventQuery("stripe", null, null, null, null), null, 10));
    assertThat(stripe).extracting(WebhookEvent::id).containsExactly(c.id(), b.id(), a.id());
    assertThat(stripe).allSatisfy(e -> assertThat(e.payload()).isEmpty());
    assertThat(stripe.get(0)).isEqualTo(c.view(false));

    assertThat(tx(() -> inbox.search(WebhookEventQuery.everything(), b.id(), 10)))
        .extracting(WebhookEvent::id)
        .containsExactly(a.id());
    assertThat(
            tx(
                () ->
                    inbox.search(
                        new WebhookEventQuery(
                            null, null, null, TestData.minutesLater(2), TestData.minutesLater(4)),
                        null,
                        10)))
        .extracting(WebhookEvent::id)
        .containsExactly(other.id(), b.id());
    assertThat(
            tx(
                () ->
                    inbox.search(
                        new WebhookEventQuery(null, null, "charge.refunded", null, null),
                        null,
                        10)))
        .isEmpty();
  }

  @Test
  void searchFiltersByStatus() {
    InboundEvent claimed = stored(TestData.NOW);
    claim(lease(TestData.NOW), 1);
    InboundEvent waiting = stored(TestData.minutesLater(1));

    assertThat(
            tx(
                () ->
                    inbox.search(
                        new WebhookEventQuery(
                            null, WebhookEventStatus.PROCESSING, "invoice.paid", null, null),
                        null,
                        10)))
        .extracting(WebhookEvent::id)
        .containsExactly(claimed.id());
    assertThat(
            tx(
                () ->
                    inbox.search(
                        new WebhookEventQuery(null, WebhookEventStatus.RECEIVED, null, null, null),
                        null,
                        10)))
        .extracting(WebhookEvent::id)
        .containsExactly(waiting.id());
  }
}
