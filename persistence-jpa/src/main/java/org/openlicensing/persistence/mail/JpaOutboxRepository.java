package org.openlicensing.persistence.mail;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.openlicensing.core.mail.OutboxMessage;
import org.openlicensing.core.mail.OutboxRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

/**
 * The outbox table, with the files of each message in {@code outbox_attachments}. Several servers
 * may claim at once: a message is claimed by a conditional UPDATE, which the database lets only one
 * of them win.
 */
public final class JpaOutboxRepository implements OutboxRepository {
  private final JpaTransactions transactions;

  public JpaOutboxRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(OutboxMessage message) {
    Writes.insert(transactions.entityManager(), OutboxMessageEntity.of(message));
  }

  /**
   * Picks the due messages, oldest due first, then claims each with an UPDATE that repeats the
   * conditions: a message another server claimed in between is no longer due and is skipped.
   */
  @Override
  public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
    EntityManager em = transactions.entityManager();
    List<UUID> due =
        em.createQuery(
                "SELECT m.id FROM OutboxMessage m"
                    + " WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                    + " ORDER BY m.nextAttemptAt, m.id",
                UUID.class)
            .setParameter("pending", OutboxStatus.PENDING)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    List<UUID> won = new ArrayList<>(due.size());
    for (UUID id : due) {
      int claimed =
          Writes.update(
              em,
              em.createQuery(
                      "UPDATE OutboxMessage m"
                          + " SET m.nextAttemptAt = :leaseUntil, m.attempts = m.attempts + 1"
                          + " WHERE m.id = :id AND m.status = :pending AND m.nextAttemptAt <= :now")
                  .setParameter("leaseUntil", leaseUntil)
                  .setParameter("id", id)
                  .setParameter("pending", OutboxStatus.PENDING)
                  .setParameter("now", now));
      if (claimed == 1) {
        won.add(id);
      }
    }
    if (won.isEmpty()) {
      return List.of();
    }
    // Read-only: the messages are only turned into e-mails, so EclipseLink keeps no copy of them
    // (and of their attachments, up to 10 MiB each message) to compare at commit.
    List<OutboxMessage> messages =
        em
            .createQuery(
                "SELECT m FROM OutboxMessage m WHERE m.id IN :ids", OutboxMessageEntity.class)
            .setParameter("ids", won)
            .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
            .getResultList()
            .stream()
            .map(OutboxMessageEntity::toMessage)
            .toList();
    return messages.stream().sorted(Comparator.comparingInt(m -> won.indexOf(m.id()))).toList();
  }

  @Override
  public void markSent(UUID id, Instant at) {
    EntityManager em = transactions.entityManager();
    Writes.update(
        em,
        em.createQuery(
                "UPDATE OutboxMessage m SET m.status = :sent, m.sentAt = :at WHERE m.id = :id")
            .setParameter("sent", OutboxStatus.SENT)
            .setParameter("at", at)
            .setParameter("id", id));
  }

  @Override
  public void markFailed(UUID id, String error, Instant retryAt) {
    EntityManager em = transactions.entityManager();
    Writes.update(
        em,
        em.createQuery(
                "UPDATE OutboxMessage m SET m.lastError = :error, m.nextAttemptAt = :retryAt"
                    + " WHERE m.id = :id AND m.status = :pending")
            .setParameter("error", error)
            .setParameter("retryAt", retryAt)
            .setParameter("id", id)
            .setParameter("pending", OutboxStatus.PENDING));
  }

  @Override
  public void markDead(UUID id, String error, Instant at) {
    EntityManager em = transactions.entityManager();
    Writes.update(
        em,
        em.createQuery(
                "UPDATE OutboxMessage m SET m.status = :dead, m.lastError = :error, m.deadAt = :at"
                    + " WHERE m.id = :id")
            .setParameter("dead", OutboxStatus.DEAD)
            .setParameter("error", error)
            .setParameter("at", at)
            .setParameter("id", id));
  }
}
