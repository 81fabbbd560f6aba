package org.openlicensing.core.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openlicensing.core.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox messages through the mailer. A failed delivery is retried with exponential
 * backoff (30 s, 1 min, 2 min, ... capped at 6 h); after {@link #MAX_ATTEMPTS} tries, or at once
 * when the failure is permanent, the message is dead and stays in the table for an operator.
 */
public final class OutboxRelay {
  static final int MAX_ATTEMPTS = 10;
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  private static final Duration LONGEST_RETRY = Duration.ofHours(6);
  private static final int BATCH = 50;

  private final Transactions transactions;
  private final OutboxRepository outbox;
  private final Mailer mailer;
  private final Clock clock;

  public OutboxRelay(
      Transactions transactions, OutboxRepository outbox, Mailer mailer, Clock clock) {
    this.transactions = transactions;
    this.outbox = outbox;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** Delivers what is due now; returns how many messages were delivered. */
  public int deliverDue() {
    Instant now = clock.instant();
    List<OutboxMessage> claimed =
        transactions.inTransaction(() -> outbox.claimDue(now, now.plus(LEASE), BATCH));
    int delivered = 0;
    for (OutboxMessage message : claimed) {
      if (deliver(message)) {
        delivered++;
      }
    }
    return delivered;
  }

  private boolean deliver(OutboxMessage message) {
    try {
      mailer.send(message.email());
      transactions.run(() -> outbox.markSent(message.id(), clock.instant()));
      return true;
    } catch (MailDeliveryException e) {
      recordFailure(message, e.getMessage(), e.permanent());
    } catch (RuntimeException e) {
      recordFailure(message, e.toString(), false);
    }
    return false;
  }

  private void recordFailure(OutboxMessage message, String error, boolean permanent) {
    int attempts = message.attempts();
    Instant now = clock.instant();
    if (permanent || attempts >= MAX_ATTEMPTS) {
      LOG.error("E-mail {} is dead after {} tries: {}", message.id(), attempts, error);
      transactions.run(() -> outbox.markDead(message.id(), error, now));
    } else {
      Instant retryAt = now.plus(backoff(attempts));
      LOG.warn(
          "E-mail {} failed (try {}), retry at {}: {}", message.id(), attempts, retryAt, error);
      transactions.run(() -> outbox.markFailed(message.id(), error, retryAt));
    }
  }

  static Duration backoff(int attempts) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
    return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
  }
}
