package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.webhooks.WebhookEvent;
import org.openlicensing.api.webhooks.WebhookEventQuery;
import org.openlicensing.api.webhooks.WebhookEventStatus;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.core.webhooks.InboundEvent;
import org.openlicensing.core.webhooks.VerifiedEvent;

/**
 * The inbox from delivery to effect: stored once whatever the deliveries, processed once with the
 * handler's writes, retried on the schedule, dead after it, reclaimed after a crash.
 */
public abstract class WebhookInboxContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private InboxFixture inbox;

  @BeforeEach
  void openStore() {
    inbox = new InboxFixture(persistence());
  }

  private int processDue() {
    return inbox.webhooks.processor().processAllDue();
  }

  private WebhookEvent only(String eventId) {
    List<WebhookEvent> found =
        inbox
            .webhooks
            .events()
            .list(InboxFixture.admin(), WebhookEventQuery.everything(), null, 500)
            .items()
            .stream()
            .filter(e -> e.eventId().equals(eventId))
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  // Reception

  @Test
  void theSameDeliveryThreeTimesIsStoredOnce() {
    assertThat(inbox.deliver("evt_1")).isTrue();
    assertThat(inbox.deliver("evt_1")).isFalse();
    assertThat(inbox.deliver("evt_1")).isFalse();

    WebhookEvent stored = only("evt_1");
    assertThat(stored.status()).isEqualTo(WebhookEventStatus.RECEIVED);
    assertThat(stored.type()).isEqualTo("thing.updated");
    assertThat(stored.objectId()).contains("obj_evt_1");
  }

  @Test
  void aDeliveryWithABadSignatureIsRefusedAndNothingIsStored() {
    ErrorCode code =
        codeOf(
            () ->
                inbox
                    .webhooks
                    .reception()
                    .deliver(
                        InboxFixture.PROVIDER,
                        InboxFixture.payload("evt_forged", "thing.updated"),
                        "forged"));

    assertThat(code).isEqualTo(ErrorCode.WEBHOOK_SIGNATURE_INVALID);
    assertThat(inbox.webhooks.events().list(InboxFixture.admin(), null, null, 10).items())
        .isEmpty();
  }

  @Test
  void aDeliveryForAProviderWithoutAVerifierIsNotFound() {
    assertThat(
            codeOf(
                () ->
                    inbox
                        .webhooks
                        .reception()
                        .deliver("stripe", "evt_x thing.updated obj", InboxFixture.GOOD_SIGNATURE)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  // Processing once

  @Test
  void aStoredEventIsProcessedOnceWithItsEffect() {
    inbox.deliver("evt_once");

    assertThat(processDue()).isEqualTo(1);
    assertThat(processDue()).isZero();

    assertThat(inbox.effects()).containsExactly(Map.entry("evt_once", 1));
    WebhookEvent processed = only("evt_once");
    assertThat(processed.status()).isEqualTo(WebhookEventStatus.PROCESSED);
    assertThat(processed.attempts()).isEqualTo(1);
    assertThat(processed.processedAt()).contains(TestData.NOW);
  }

  @Test
  void deliveriesRepeatedAndOutOfOrderHaveEachEffectExactlyOnce() {
    List<String> deliveries = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      for (int copy = 0; copy <= i % 3; copy++) {
        deliveries.add("evt_" + i);
      }
    }
    Collections.shuffle(deliveries, new Random(5));
    int half = deliveries.size() / 2;

    deliveries.subList(0, half).forEach(inbox::deliver);
    processDue();
    deliveries.subList(half, deliveries.size()).forEach(inbox::deliver);
    processDue();
    processDue();

    Map<String, Integer> effects = inbox.effects();
    assertThat(effects).hasSize(30);
    assertThat(effects.values()).containsOnly(1);
  }

  @Test
  void processorsRunningAtOnceGiveEachEventOneEffect() throws Exception {
    for (int i = 0; i < 60; i++) {
      inbox.deliver("evt_burst_" + i);
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService servers = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        runs.add(
            servers.submit(
                () -> {
                  start.await();
                  return processDue();
                }));
      }
      start.countDown();
      for (Future<Integer> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
      processDue();

      Map<String, Integer> effects = inbox.effects();
      assertThat(effects).hasSize(60);
      assertThat(effects.values()).containsOnly(1);
      for (int i = 0; i < 60; i++) {
        assertThat(inbox.handler.calls("evt_burst_" + i)).isEqualTo(1);
      }
    } finally {
      servers.shutdownNow();
    }
  }

  @Test
  void anEventOfAProviderWithoutAHandlerIsProcessedAsIgnored() {
    InboundEvent orphan =
        InboundEvent.received(
            TestData.newId(),
            new VerifiedEvent(
                "unhandled", "evt_orphan", "thing.created", Optional.empty(), TestData.NOW, "{}"),
            TestData.NOW);
    inbox.store.transactions().run(() -> inbox.store.inboundEvents().insertIfAbsent(orphan));

    assertThat(processDue()).isEqualTo(1);

    assertThat(inbox.event(orphan.id()).status()).isEqualTo(WebhookEventStatus.PROCESSED);
    assertThat(inbox.effects()).isEmpty();
  }

  // Retries

  @Test
  void aFailureRollsTheEffectBackAndIsRetriedOnTheSchedule() {
    inbox.deliver("evt_flaky");
    inbox.handler.failNext("evt_flaky", 2);

    processDue();
    WebhookEvent first = only("evt_flaky");
    assertThat(first.status()).isEqualTo(WebhookEventStatus.FAILED);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).contains(TestData.minutesLater(1));
    assertThat(first.lastError()).contains("IllegalStateException: provider unreachable");
    assertThat(inbox.effects()).isEmpty();

    inbox.clock.advance(Duration.ofSeconds(59));
    assertThat(processDue()).as("not due before the first delay").isZero();
    inbox.clock.advance(Duration.ofSeconds(1));
    assertThat(processDue()).isEqualTo(1);
    WebhookEvent second = only("evt_flaky");
    assertThat(second.status()).isEqualTo(WebhookEventStatus.FAILED);
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(second.nextAttemptAt()).contains(TestData.minutesLater(1 + 5));

    inbox.clock.advance(Duration.ofMinutes(5));
    assertThat(processDue()).isEqualTo(1);

    WebhookEvent done = only("evt_flaky");
    assertThat(done.status()).isEqualTo(WebhookEventStatus.PROCESSED);
    assertThat(done.attempts()).isEqualTo(3);
    assertThat(inbox.effects()).containsExactly(Map.entry("evt_flaky", 1));
    assertThat(inbox.handler.calls("evt_flaky")).isEqualTo(3);
  }

  @Test
  void anEventIsDeadAfterTheLastAttemptOfTheSchedule() {
    inbox.deliver("evt_doomed");
    inbox.handler.failNext("evt_doomed", 100);

    processDue();
    inbox.clock.advance(Duration.ofMinutes(1));
    processDue();
    inbox.clock.advance(Duration.ofMinutes(5));
    processDue();

    WebhookEvent dead = only("evt_doomed");
    assertThat(dead.status()).isEqualTo(WebhookEventStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(InboxFixture.RETRIES.maxAttempts());
    assertThat(dead.nextAttemptAt()).isEmpty();
    inbox.clock.advance(Duration.ofDays(30));
    assertThat(processDue()).isZero();
    assertThat(inbox.handler.calls("evt_doomed")).isEqualTo(3);
    assertThat(inbox.effects()).isEmpty();
  }

  @Test
  void theLastErrorIsOneShortLineWithoutAStackTrace() {
    inbox.deliver("evt_noisy");
    inbox.handler.failNext("evt_noisy", 1);
    inbox.handler.failWith(
        new IllegalStateException(
            "first line\n\tat org.example.Secret.method(Secret.java:42)\n" + "x".repeat(5000),
            new IOException("connection reset")));

    processDue();

    String error = only("evt_noisy").lastError().orElseThrow();
    assertThat(error).hasSizeLessThanOrEqualTo(1000).doesNotContain("\n").doesNotContain("\t");
    assertThat(error).startsWith("IllegalStateException: first line");
  }

  // Crashes

  @Test
  void anEventLeftProcessingByACrashedWorkerIsReclaimedAndProcessedOnce() {
    inbox.deliver("evt_crash");
    InboundEvent.Lease crashed =
        new InboundEvent.Lease(
            UUID.randomUUID(), TestData.NOW, TestData.NOW.plus(Duration.ofMinutes(5)));
    inbox
        .store
        .transactions()
        .inTransaction(() -> inbox.store.inboundEvents().claimDue(crashed, 10));

    assertThat(inbox.webhooks.reclaimer().reclaimExpired()).as("the lease holds").isZero();
    assertThat(processDue()).as("a claimed event is nobody else's").isZero();

    inbox.clock.advance(Duration.ofMinutes(5));
    assertThat(inbox.webhooks.reclaimer().reclaimExpired()).isEqualTo(1);
    assertThat(processDue()).isEqualTo(1);

    WebhookEvent done = only("evt_crash");
    assertThat(done.status()).isEqualTo(WebhookEventStatus.PROCESSED);
    assertThat(done.attempts()).isEqualTo(2);
    assertThat(inbox.effects()).containsExactly(Map.entry("evt_crash", 1));
  }
}
