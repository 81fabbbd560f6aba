package org.openlicensing.core.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.webhooks.WebhookEvent;
import org.openlicensing.api.webhooks.WebhookEventQuery;

/**
 * The inbox of provider events: each stored once by (provider, eventId), then claimed, processed
 * and retried by workers on any number of servers at once. Every method runs in the caller's
 * transaction. The methods that change a claimed event name the claim, and do nothing (answering
 * false) unless the event is still PROCESSING under that claim: a worker whose lease was reclaimed
 * can no longer finish, so that an event has its effect once.
 */
public interface InboundEventRepository {

  /**
   * Stores the event unless the inbox holds one of the same provider and event id; returns whether
   * it was stored. A concurrent insert of the same event waits for the other and then yields to it.
   */
  boolean insertIfAbsent(InboundEvent event);

  /**
   * Claims up to {@code limit} due events (RECEIVED, or FAILED and due again by {@code
   * lease.claimedAt()}), earliest due first: they become PROCESSING under the lease, with one more
   * attempt. Events another transaction is claiming are skipped, never waited for nor handed out
   * twice.
   */
  List<InboundEvent> claimDue(InboundEvent.Lease lease, int limit);

  /**
   * Locks the event for the rest of the transaction if it is still PROCESSING under the claim;
   * returns whether it is.
   */
  boolean holdClaim(UUID id, UUID claimId);

  boolean markProcessed(UUID id, UUID claimId, Instant at);

  /** Records a failed attempt; the event is due again at {@code retryAt}. */
  boolean markFailed(UUID id, UUID claimId, String error, Instant retryAt);

  /** Records the failure of the last attempt the schedule allows; no worker takes it up again. */
  boolean markDead(UUID id, UUID claimId, String error, Instant at);

  /**
   * Releases events whose lease ended by {@code now} while they were PROCESSING, as a crashed
   * worker leaves them: FAILED and due at once with {@code error}, or DEAD with it when they had
   * {@code maxAttempts} attempts already. Events a live transaction holds are skipped. Returns how
   * many were released.
   */
  int reclaimExpired(Instant now, int maxAttempts, String error);

  Optional<InboundEvent> find(UUID id);

  /**
   * The events the query matches, newest arrival (greatest id) first, older than {@code beforeId}
   * (null for the newest), without their payloads.
   */
  List<WebhookEvent> search(WebhookEventQuery query, UUID beforeId, int limit);

  /**
   * Makes an event that no worker holds RECEIVED and due at {@code now}, with no attempts, error,
   * lease or time of processing; returns false if there is no such event or it is PROCESSING.
   */
  boolean resetForReplay(UUID id, Instant now);
}
