package org.openlicensing.core.usage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The usage waiting for the payment service's meter. Several servers may deliver at once: a claim
 * makes the claimed deliveries due for no one else until its lease ends, and a delivery claimed by
 * a server that crashed is due again then. Every method runs in the caller's transaction.
 */
public interface MeterOutboxRepository {

  /** Adds a PENDING delivery, due at {@code dueAt}; one per usage event. */
  void insert(MeterDelivery delivery, Instant dueAt);

  /**
   * Claims up to {@code limit} PENDING deliveries due by {@code now}, the earliest due first, until
   * {@code leaseUntil}; each claim counts as an attempt, included in the returned deliveries.
   */
  List<MeterDelivery> claimDue(Instant now, Instant leaseUntil, int limit);

  void markSent(UUID id, Instant at);

  /** Records a failed attempt; the delivery is due again at {@code retryAt}. */
  void markFailed(UUID id, String error, Instant retryAt);

  /** Records a failure that retrying cannot mend; the delivery is never tried again. */
  void markDead(UUID id, String error, Instant at);

  Optional<MeterDelivery> findByUsageEvent(UUID usageEventId);
}
