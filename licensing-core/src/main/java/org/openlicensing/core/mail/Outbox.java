package org.openlicensing.core.mail;

import java.time.Clock;
import java.util.UUID;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Ids;

/** Queues e-mails in the caller's transaction. */
public final class Outbox {
  private final OutboxRepository repository;
  private final Transactions transactions;
  private final Clock clock;
  private final Runnable onQueued;

  /**
   * @param onQueued told after a transaction that queued e-mails commits, so that a relay can
   *     deliver at once rather than at its next poll; it must not block
   */
  public Outbox(
      OutboxRepository repository, Transactions transactions, Clock clock, Runnable onQueued) {
    this.repository = repository;
    this.transactions = transactions;
    this.clock = clock;
    this.onQueued = onQueued;
  }

  public UUID enqueue(Email email) {
    UUID id = Ids.newId(clock);
    repository.insert(new OutboxMessage(id, email, 0, clock.instant()));
    transactions.afterCommit(onQueued);
    return id;
  }
}
