package org.openlicensing.core.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes the inbox: claims a batch of due events, and runs each through its provider's handler
 * in a transaction of its own that also marks it PROCESSED, so the handler's writes and the mark
 * commit together, once. A failure rolls the handler's writes back and is recorded in a transaction
 * of its own, with the next attempt after the retry schedule's delay, or DEAD after the last. An
 * event of a provider without a handler is PROCESSED as ignored rather than retried forever.
 *
 * <p>Any number of processors may run at once, on any number of servers: a claim hands each event
 * to one of them, and the row lock each holds while processing keeps the reclaimer away.
 */
public final class InboundEventProcessor {
  public static final int BATCH = 20;

  /** How long a claim lasts; a worker that has not finished by then is taken for crashed. */
  public static final Duration LEASE = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(InboundEventProcessor.class);

  private final Transactions transactions;
  private final InboundEventRepository events;
  private final InboundEventHandlers handlers;
  private final RetrySchedule retries;
  private final Clock clock;

  public InboundEventProcessor(
      Transactions transactions,
      InboundEventRepository events,
      InboundEventHandlers handlers,
      RetrySchedule retries,
      Clock clock) {
    this.transactions = transactions;
    this.events = events;
    this.handlers = handlers;
    this.retries = retries;
    this.clock = clock;
  }

  /** Claims and processes one batch of due events; returns how many it claimed. */
  public int processDue() {
    Instant now = clock.instant();
    InboundEvent.Lease lease = new InboundEvent.Lease(UUID.randomUUID(), now, now.plus(LEASE));
    List<InboundEvent> claimed = transactions.inTransaction(() -> events.claimDue(lease, BATCH));
    for (InboundEvent event : claimed) {
      process(event, lease.claimId());
    }
    return claimed.size();
  }

  /** Processes batches until fewer than a full one were due; returns how many in all. */
  public int processAllDue() {
    int total = 0;
    int claimed;
    do {
      claimed = processDue();
      total += claimed;
    } while (claimed == BATCH);
    return total;
  }

  private void process(InboundEvent event, UUID claimId) {
    try {
      transactions.run(() -> handle(event, claimId));
    } catch (ClaimLost e) {
      LOG.warn("Inbound event {} was reclaimed before it was processed here", event.id());
    } catch (RuntimeException e) {
      recordFailure(event, claimId, e);
    }
  }

  private void handle(InboundEvent event, UUID claimId) {
    if (!events.holdClaim(event.id(), claimId)) {
      throw new ClaimLost();
    }
    Optional<InboundEventHandler> handler = handlers.of(event.provider());
    if (handler.isPresent()) {
      handler.get().handle(event);
    } else {
      LOG.info(
          "Inbound event {} ({} {}) ignored: no handler for {}",
          event.id(),
          event.provider(),
          event.type(),
          event.provider());
    }
    if (!events.markProcessed(event.id(), claimId, clock.instant())) {
      // Rolls the handler's writes back: the event belongs to another claim now.
      throw new ClaimLost();
    }
  }

  private void recordFailure(InboundEvent event, UUID claimId, RuntimeException failure) {
    String error = FailureSummary.of(failure);
    Instant now = clock.instant();
    Optional<Duration> delay = retries.delayAfter(event.attempts());
    try {
      if (delay.isPresent()) {
        Instant retryAt = now.plus(delay.get());
        LOG.warn(
            "Inbound event {} ({} {}) failed on attempt {}, retry at {}: {}",
            event.id(),
            event.provider(),
            event.type(),
            event.attempts(),
            retryAt,
            error);
        transactions.run(() -> events.markFailed(event.id(), claimId, error, retryAt));
      } else {
        LOG.error(
            "Inbound event {} ({} {}) is dead after {} attempts: {}",
            event.id(),
            event.provider(),
            event.type(),
            event.attempts(),
            error);
        transactions.run(() -> events.markDead(event.id(), claimId, error, now));
      }
    } catch (RuntimeException e) {
      // The event stays PROCESSING; the reclaimer releases it once the lease ends.
      LOG.error("Could not record the failure of inbound event {}", event.id(), e);
    }
  }

  /** The event's claim is no longer this processor's; its transaction must not commit. */
  private static final class ClaimLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClaimLost() {
      super(null, null, false, false);
    }
  }
}
