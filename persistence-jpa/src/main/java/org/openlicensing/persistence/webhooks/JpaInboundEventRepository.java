package org.openlicensing.persistence.webhooks;

import static org.openlicensing.persistence.JdbcBatch.setInstant;
import static org.openlicensing.persistence.JdbcBatch.setUuid;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openlicensing.api.webhooks.WebhookEvent;
import org.openlicensing.api.webhooks.WebhookEventQuery;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.webhooks.InboundEvent;
import org.openlicensing.core.webhooks.InboundEventRepository;
import org.openlicensing.persistence.JpaTransactions;

/**
 * The inbox table. Workers on several servers claim from it at once with {@code SELECT ... FOR
 * UPDATE SKIP LOCKED}: rows another transaction is claiming are passed over, never waited for and
 * never handed out twice. H2 applies the LIMIT before it skips locked rows, so there a second
 * worker may come back with fewer rows, or none, while the first holds its batch; it never gets the
 * first's.
 */
public final class JpaInboundEventRepository implements InboundEventRepository {
  private static final String DUE = "status IN ('RECEIVED', 'FAILED') AND next_attempt_at <= ?";
  private static final String CLAIMED = "id = ? AND status = 'PROCESSING' AND claim_id = ?";
  private static final int RECLAIM_BATCH = 500;

  private final JpaTransactions transactions;

  public JpaInboundEventRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  private EntityManager em() {
    return transactions.entityManager();
  }

  /**
   * {@code ON CONFLICT DO NOTHING}: PostgreSQL makes a concurrent insert of the same event wait for
   * the other and then yield. H2 may report the conflict with a concurrent insert as a unique
   * violation instead; H2 undoes only the failed statement, so the transaction lives on.
   */
  @Override
  public boolean insertIfAbsent(InboundEvent event) {
    try {
      return Statements.update(
              em(),
              "INSERT INTO inbound_events (id, provider, event_id, type, object_id, payload,"
                  + " status, attempts, next_attempt_at, received_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
              s -> {
                setUuid(s, 1, event.id());
                s.setString(2, event.provider());
                s.setString(3, event.eventId());
                s.setString(4, event.type());
                s.setString(5, event.objectId().orElse(null));
                s.setString(6, event.payload());
                s.setString(7, event.status().name());
                s.setInt(8, event.attempts());
                setInstant(s, 9, event.nextAttemptAt().orElse(null));
                setInstant(s, 10, event.receivedAt());
              })
          == 1;
    } catch (DuplicateKeyException concurrentInsertOnH2) {
      return false;
    }
  }

  @Override
  public List<InboundEvent> claimDue(InboundEvent.Lease lease, int limit) {
    EntityManager em = em();
    List<UUID> due =
        Statements.ids(
            em,
            "SELECT id FROM inbound_events WHERE "
                + DUE
                + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
            s -> {
              setInstant(s, 1, lease.claimedAt());
              s.setInt(2, limit);
            });
    if (due.isEmpty()) {
      return List.of();
    }
    Statements.update(
        em,
        "UPDATE inbound_events SET status = 'PROCESSING', attempts = attempts + 1,"
            + " next_attempt_at = NULL, claim_id = ?, claimed_at = ?, lease_until = ?"
            + " WHERE id IN ("
            + Statements.placeholders(due.size())
            + ")",
        s -> {
          setUuid(s, 1, lease.claimId());
          setInstant(s, 2, lease.claimedAt());
          setInstant(s, 3, lease.expiresAt());
          for (int i = 0; i < due.size(); i++) {
            setUuid(s, 4 + i, due.get(i));
          }
        });
    Map<UUID, InboundEvent> claimed =
        em
            .createQuery(
                "SELECT e FROM InboundEvent e WHERE e.id IN :ids", InboundEventEntity.class)
            .setParameter("ids", due)
            .getResultList()
            .stream()
            .map(InboundEventEntity::toEvent)
            .collect(Collectors.toMap(InboundEvent::id, Function.identity()));
    return due.stream().map(claimed::get).toList();
  }

  @Override
  public boolean holdClaim(UUID id, UUID claimId) {
    return !Statements.ids(
            em(),
            "SELECT id FROM inbound_events WHERE " + CLAIMED + " FOR UPDATE",
            s -> {
              setUuid(s, 1, id);
              setUuid(s, 2, claimId);
            })
        .isEmpty();
  }

  @Override
  public boolean markProcessed(UUID id, UUID claimId, Instant at) {
    return release(id, claimId, "PROCESSED", null, null, at);
  }

  @Override
  public boolean markFailed(UUID id, UUID claimId, String error, Instant retryAt) {
    return release(id, claimId, "FAILED", retryAt, error, null);
  }

  @Override
  public boolean markDead(UUID id, UUID claimId, String error, Instant at) {
    return release(id, claimId, "DEAD", null, error, null);
  }

  /** Ends the claim, if it still holds, leaving the event in {@code status}. */
  private boolean release(
      UUID id,
      UUID claimId,
      String status,
      Instant nextAttemptAt,
      String error,
      Instant processedAt) {
    return Statements.update(
            em(),
            "UPDATE inbound_events SET status = ?, next_attempt_at = ?,"
                + " last_error = COALESCE(?, last_error), processed_at = ?,"
                + " claim_id = NULL, claimed_at = NULL, lease_until = NULL WHERE "
                + CLAIMED,
            s -> {
              s.setString(1, status);
              setInstant(s, 2, nextAttemptAt);
              s.setString(3, error);
              setInstant(s, 4, processedAt);
              setUuid(s, 5, id);
              setUuid(s, 6, claimId);
            })
        == 1;
  }

  @Override
  public int reclaimExpired(Instant now, int maxAttempts, String error) {
    EntityManager em = em();
    List<UUID> expired =
        Statements.ids(
            em,
            "SELECT id FROM inbound_events WHERE status = 'PROCESSING' AND lease_until <= ?"
                + " ORDER BY lease_until, id LIMIT ? FOR UPDATE SKIP LOCKED",
            s -> {
              setInstant(s, 1, now);
              s.setInt(2, RECLAIM_BATCH);
            });
    if (expired.isEmpty()) {
      return 0;
    }
    return Statements.update(
        em,
        "UPDATE inbound_events SET"
            + " status = CASE WHEN attempts >= ? THEN 'DEAD' ELSE 'FAILED' END,"
            + " next_attempt_at = CASE WHEN attempts >= ? THEN NULL ELSE CAST(? AS timestamp with time zone) END,"
            + " last_error = ?, claim_id = NULL, claimed_at = NULL, lease_until = NULL"
            + " WHERE status = 'PROCESSING' AND id IN ("
            + Statements.placeholders(expired.size())
            + ")",
        s -> {
          s.setInt(1, maxAttempts);
          s.setInt(2, maxAttempts);
          setInstant(s, 3, now);
          s.setString(4, error);
          for (int i = 0; i < expired.size(); i++) {
            setUuid(s, 5 + i, expired.get(i));
          }
        });
  }

  @Override
  public Optional<InboundEvent> find(UUID id) {
    return Optional.ofNullable(em().find(InboundEventEntity.class, id))
        .map(InboundEventEntity::toEvent);
  }

  @Override
  public List<WebhookEvent> search(WebhookEventQuery query, UUID beforeId, int limit) {
    return InboundEventSearch.run(em(), query, beforeId, limit);
  }

  @Override
  public boolean resetForReplay(UUID id, Instant now) {
    return Statements.update(
            em(),
            "UPDATE inbound_events SET status = 'RECEIVED', attempts = 0, next_attempt_at = ?,"
                + " last_error = NULL, processed_at = NULL,"
                + " claim_id = NULL, claimed_at = NULL, lease_until = NULL"
                + " WHERE id = ? AND status <> 'PROCESSING'",
            s -> {
              setInstant(s, 1, now);
              setUuid(s, 2, id);
            })
        == 1;
  }
}
