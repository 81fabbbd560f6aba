package org.openlicensing.core.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox table: e-mails are written in the same transaction as the change that causes them, and
 * delivered afterwards, so that no e-mail is lost or sent for a change that was rolled back.
 */
public interface OutboxRepository {

  /** Adds a message that is due at once. */
  void insert(OutboxMessage message);

  /**
   * Claims up to {@code limit} due messages for delivery until {@code leaseUntil}: claimed messages
   * are not due for anyone else until then, so several servers may relay at once, and a message
   * claimed by a server that crashed becomes due again when the lease ends. Each claim counts as a
   * try: the returned messages carry their attempt count including this one.
   */
  List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit);

  void markSent(UUID id, Instant at);

  /** Records a failed try; the message is due again at {@code retryAt}. */
  void markFailed(UUID id, String error, Instant retryAt);

  /** Records a failure that retrying cannot mend; the message is never tried again. */
  void markDead(UUID id, String error, Instant at);
}
