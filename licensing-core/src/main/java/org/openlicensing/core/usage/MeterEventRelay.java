package org.openlicensing.core.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openlicensing.core.billing.provider.BillingProvider;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued usage to the payment service's meter. A delivery the service could not take (it was
 * down, slow, or limited the rate) is retried with a growing wait, 30 s doubling up to an hour, for
 * as long as the service still takes the event's time: Stripe takes meter events of the past 35
 * days. A delivery the service refused is dead at once, kept with its error for an operator. Every
 * send carries the event's stable identifier as its idempotency key, so that a send whose answer
 * was lost counts once when it is sent again.
 *
 * <p>Any number of relays may run at once: claims are leases, and a relay that crashed leaves its
 * deliveries due again when the lease ends.
 */
public final class MeterEventRelay {
  static final int BATCH = 100;
  static final Duration LEASE = Duration.ofMinutes(2);
  static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  static final Duration LONGEST_RETRY = Duration.ofHours(1);

  /** Stripe's window for a meter event's timestamp, less an hour's margin for the send. */
  static final Duration PROVIDER_WINDOW = Duration.ofDays(35).minusHours(1);

  /** A run stops after this many full batches, so that one job run cannot go on without end. */
  private static final int MAX_BATCHES_PER_RUN = 50;

  private static final Logger LOG = LoggerFactory.getLogger(MeterEventRelay.class);

  private final Transactions transactions;
  private final MeterOutboxRepository outbox;
  private final Optional<BillingProvider> provider;
  private final Clock clock;

  public MeterEventRelay(
      Transactions transactions,
      MeterOutboxRepository outbox,
      Optional<BillingProvider> provider,
      Clock clock) {
    this.transactions = transactions;
    this.outbox = outbox;
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * Sends one batch of due deliveries; returns how many the service took. Without a payment service
   * nothing is sent, and whatever a former configuration queued stays queued.
   */
  public int deliverDue() {
    return deliverBatch().delivered();
  }

  /** Sends batches until fewer than a full one were due; returns how many the service took. */
  public int deliverAllDue() {
    int delivered = 0;
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      Outcome outcome = deliverBatch();
      delivered += outcome.delivered();
      if (outcome.claimed() < BATCH) {
        break;
      }
    }
    return delivered;
  }

  private record Outcome(int claimed, int delivered) {}

  private Outcome deliverBatch() {
    if (provider.isEmpty()) {
      return new Outcome(0, 0);
    }
    Instant now = clock.instant();
    List<MeterDelivery> claimed =
        transactions.inTransaction(() -> outbox.claimDue(now, now.plus(LEASE), BATCH));
    int delivered = 0;
    for (MeterDelivery delivery : claimed) {
      if (deliver(provider.get(), delivery)) {
        delivered++;
      }
    }
    return new Outcome(claimed.size(), delivered);
  }

  private boolean deliver(BillingProvider service, MeterDelivery delivery) {
    Instant now = clock.instant();
    if (delivery.event().timestamp().isBefore(now.minus(PROVIDER_WINDOW))) {
      dead(delivery, "older than the payment service takes meter events", now);
      return false;
    }
    try {
      service.reportMeterEvent(delivery.event(), delivery.event().identifier());
      transactions.run(() -> outbox.markSent(delivery.id(), clock.instant()));
      return true;
    } catch (ProviderException e) {
      if (e.kind() == ProviderException.Kind.UNAVAILABLE) {
        retry(delivery, e.getMessage(), now);
      } else {
        dead(delivery, e.kind() + ": " + e.getMessage(), now);
      }
    } catch (RuntimeException e) {
      retry(delivery, e.toString(), now);
    }
    return false;
  }

  private void retry(MeterDelivery delivery, String error, Instant now) {
    Instant retryAt = now.plus(backoff(delivery.attempts()));
    LOG.warn(
        "Meter event {} failed (try {}), retry at {}: {}",
        delivery.id(),
        delivery.attempts(),
        retryAt,
        error);
    transactions.run(() -> outbox.markFailed(delivery.id(), bounded(error), retryAt));
  }

  private void dead(MeterDelivery delivery, String error, Instant now) {
    LOG.error(
        "Meter event {} of usage event {} is dead after {} tries: {}",
        delivery.id(),
        delivery.usageEventId(),
        delivery.attempts(),
        error);
    transactions.run(() -> outbox.markDead(delivery.id(), bounded(error), now));
  }

  /** 30 s after the first failed try, doubling, at most an hour. */
  static Duration backoff(int attempts) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts, 1) - 1, 20));
    return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
  }

  private static String bounded(String error) {
    String text = error == null ? "unknown failure" : error;
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }
}
