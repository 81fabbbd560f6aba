package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.usage.UsageEvent;
import org.openlicensing.core.billing.provider.ProviderMeterEvent;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.usage.MeterDelivery;
import org.openlicensing.core.usage.MeterOutboxRepository;

/** What every {@link MeterOutboxRepository} promises. */
public abstract class MeterOutboxRepositoryContract {
  private static final Instant NOW = TestData.NOW;
  private static final Instant LEASE_END = NOW.plus(Duration.ofMinutes(2));

  private Persistence store;
  private MeterOutboxRepository outbox;
  private License license;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    outbox = store.meterOutbox();
    license = new Seeds(store).license();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /** A recorded usage event and its delivery, due at {@code dueAt}. */
  private MeterDelivery queued(Instant dueAt) {
    UsageEvent event =
        new UsageEvent(TestData.newId(), license.id(), "api_calls", 25, TestData.unique("k"), NOW);
    MeterDelivery delivery =
        MeterDelivery.pending(
            TestData.newId(),
            event.id(),
            new ProviderMeterEvent(
                "api_calls", "cus_123", 25, "olu_" + event.id(), event.recordedAt()));
    store
        .transactions()
        .run(
            () -> {
              store.usage().insertIfAbsent(event);
              outbox.insert(delivery, dueAt);
            });
    return delivery;
  }

  @Test
  void aQueuedDeliveryIsFoundByItsUsageEventWithEveryField() {
    MeterDelivery delivery = queued(NOW);

    assertThat(tx(() -> outbox.findByUsageEvent(delivery.usageEventId()))).contains(delivery);
    assertThat(tx(() -> outbox.findByUsageEvent(TestData.newId()))).isEmpty();
  }

  @Test
  void aUsageEventHasOneDelivery() {
    MeterDelivery delivery = queued(NOW);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () ->
                            outbox.insert(
                                MeterDelivery.pending(
                                    TestData.newId(), delivery.usageEventId(), delivery.event()),
                                NOW)))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void dueDeliveriesAreClaimedEarliestFirstCountingTheAttempt() {
    MeterDelivery later = queued(NOW.minusSeconds(10));
    MeterDelivery earlier = queued(NOW.minusSeconds(20));
    queued(NOW.plusSeconds(1));

    List<MeterDelivery> claimed = tx(() -> outbox.claimDue(NOW, LEASE_END, 10));

    assertThat(claimed).extracting(MeterDelivery::id).containsExactly(earlier.id(), later.id());
    assertThat(claimed).extracting(MeterDelivery::attempts).containsOnly(1);
    assertThat(tx(() -> outbox.claimDue(NOW, LEASE_END, 10))).as("leased").isEmpty();
    assertThat(tx(() -> outbox.claimDue(LEASE_END, LEASE_END.plusSeconds(60), 10)))
        .as("due again when the lease ends")
        .hasSize(3)
        .filteredOn(d -> d.id().equals(earlier.id()))
        .singleElement()
        .extracting(MeterDelivery::attempts)
        .isEqualTo(2);
  }

  @Test
  void aClaimTakesNoMoreThanTheLimit() {
    queued(NOW);
    queued(NOW);
    queued(NOW);

    assertThat(tx(() -> outbox.claimDue(NOW, LEASE_END, 2))).hasSize(2);
    assertThat(tx(() -> outbox.claimDue(NOW, LEASE_END, 2))).hasSize(1);
  }

  @Test
  void aFailedDeliveryIsDueAgainAtItsRetryWithItsError() {
    MeterDelivery delivery = queued(NOW);
    tx(() -> outbox.claimDue(NOW, LEASE_END, 10));
    Instant retryAt = NOW.plusSeconds(30);

    store.transactions().run(() -> outbox.markFailed(delivery.id(), "Stripe: 503", retryAt));

    assertThat(tx(() -> outbox.claimDue(retryAt.minusNanos(1_000), LEASE_END, 10))).isEmpty();
    assertThat(tx(() -> outbox.claimDue(retryAt, LEASE_END, 10)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.lastError()).contains("Stripe: 503");
              assertThat(d.attempts()).isEqualTo(2);
            });
  }

  @Test
  void sentAndDeadDeliveriesAreNeverClaimedAgain() {
    MeterDelivery sent = queued(NOW);
    MeterDelivery dead = queued(NOW);
    tx(() -> outbox.claimDue(NOW, LEASE_END, 10));

    store
        .transactions()
        .run(
            () -> {
              outbox.markSent(sent.id(), NOW);
              outbox.markDead(dead.id(), "refused", NOW);
              outbox.markFailed(dead.id(), "too late", NOW);
            });

    assertThat(tx(() -> outbox.claimDue(NOW.plus(Duration.ofDays(1)), LEASE_END, 10))).isEmpty();
    assertThat(tx(() -> outbox.findByUsageEvent(sent.usageEventId())))
        .map(MeterDelivery::status)
        .contains(MeterDelivery.Status.SENT);
    assertThat(tx(() -> outbox.findByUsageEvent(dead.usageEventId())))
        .get()
        .satisfies(
            d -> {
              assertThat(d.status()).isEqualTo(MeterDelivery.Status.DEAD);
              assertThat(d.lastError()).isEqualTo(Optional.of("refused"));
            });
  }
}
