package org.openlicensing.core.billing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Subscription;

/** Where subscriptions are kept. */
public interface SubscriptionRepository {

  /**
   * Stores a new subscription made by a caller: the account or API key its idempotency keys are
   * scoped to. A key the same caller used before is a DuplicateKeyException.
   *
   * @param idempotencyKey the client's key, or null
   */
  void insert(Subscription subscription, UUID createdBy, String idempotencyKey);

  Optional<Subscription> findById(UUID id);

  Optional<Subscription> findByIdempotencyKey(UUID createdBy, String idempotencyKey);

  /** The subscriptions of these organizations, newest first. */
  List<Subscription> findByOrganizations(Collection<UUID> organizationIds);

  /**
   * Marks a live subscription (not canceled, not ended) to end with its current period; returns
   * whether this call marked it.
   */
  boolean cancelAtPeriodEnd(UUID id, Instant at);
}
