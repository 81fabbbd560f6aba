package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.mail.OutboxMessage;
import org.openlicensing.core.mail.OutboxRepository;

final class InMemoryOutboxRepository implements OutboxRepository {
  private enum Status {
    PENDING,
    SENT,
    DEAD
  }

  /** A message and the state of its delivery, like a row of the outbox table. */
  private record Row(
      OutboxMessage message, Status status, Instant nextAttemptAt, Optional<String> lastError) {
    Row claimed(Instant leaseUntil) {
      OutboxMessage m = message;
      return new Row(
          new OutboxMessage(m.id(), m.email(), m.attempts() + 1, m.createdAt()),
          status,
          leaseUntil,
          lastError);
    }
  }

  private static final Comparator<Row> OLDEST_DUE_FIRST =
      Comparator.comparing(Row::nextAttemptAt)
          .thenComparing(r -> r.message().id(), UuidOrder.ASCENDING);

  private final InMemoryTable<UUID, Row> messages;

  InMemoryOutboxRepository(InMemoryTransactions transactions) {
    this.messages = transactions.table("outbox_messages");
  }

  @Override
  public void insert(OutboxMessage message) {
    messages.requireUnique(!messages.containsKey(message.id()), "id");
    messages.put(
        message.id(), new Row(message, Status.PENDING, message.createdAt(), Optional.empty()));
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
    List<Row> due =
        messages.all().stream()
            .filter(r -> r.status() == Status.PENDING && !r.nextAttemptAt().isAfter(now))
            .sorted(OLDEST_DUE_FIRST)
            .limit(limit)
            .map(r -> r.claimed(leaseUntil))
            .toList();
    due.forEach(r -> messages.put(r.message().id(), r));
    return due.stream().map(Row::message).toList();
  }

  @Override
  public void markSent(UUID id, Instant at) {
    messages
        .get(id)
        .ifPresent(
            r ->
                messages.put(
                    id, new Row(r.message(), Status.SENT, r.nextAttemptAt(), r.lastError())));
  }

  @Override
  public void markFailed(UUID id, String error, Instant retryAt) {
    messages
        .get(id)
        .filter(r -> r.status() == Status.PENDING)
        .ifPresent(
            r ->
                messages.put(
                    id, new Row(r.message(), Status.PENDING, retryAt, Optional.of(error))));
  }

  @Override
  public void markDead(UUID id, String error, Instant at) {
    messages
        .get(id)
        .ifPresent(
            r ->
                messages.put(
                    id, new Row(r.message(), Status.DEAD, r.nextAttemptAt(), Optional.of(error))));
  }
}
