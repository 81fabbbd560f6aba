package org.openlicensing.core.webhooks;

import java.time.Clock;
import org.openlicensing.core.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases events a crashed worker left PROCESSING: once their lease has ended, they are due again
 * at once, the crashed attempt counted, or DEAD if it was their last. A worker that is alive holds
 * its event's row lock, so a slow one is never released under it.
 */
public final class InboundEventReclaimer {
  static final String CRASHED =
      "the worker's lease ended before it finished: it may have crashed or stopped";
  private static final Logger LOG = LoggerFactory.getLogger(InboundEventReclaimer.class);

  private final Transactions transactions;
  private final InboundEventRepository events;
  private final RetrySchedule retries;
  private final Clock clock;

  public InboundEventReclaimer(
      Transactions transactions,
      InboundEventRepository events,
      RetrySchedule retries,
      Clock clock) {
    this.transactions = transactions;
    this.events = events;
    this.retries = retries;
    this.clock = clock;
  }

  /** Releases the events whose lease has ended; returns how many. */
  public int reclaimExpired() {
    int released =
        transactions.inTransaction(
            () -> events.reclaimExpired(clock.instant(), retries.maxAttempts(), CRASHED));
    if (released > 0) {
      LOG.warn("Reclaimed {} inbound events left PROCESSING by a worker that stopped", released);
    }
    return released;
  }
}
