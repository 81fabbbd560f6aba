package org.openlicensing.core.billing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionFilter;

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

  /** The subscription that mirrors a payment service's subscription, such as Stripe's sub_... */
  Optional<Subscription> findByProviderSubscriptionId(String providerSubscriptionId);

  /** The subscriptions of these organizations, newest first. */
  List<Subscription> findByOrganizations(Collection<UUID> organizationIds);

  /**
   * Marks a live subscription (not canceled, not ended) to end with its current period; returns
   * whether this call marked it.
   */
  boolean cancelAtPeriodEnd(UUID id, Instant at);

  /**
   * Finds a subscription and locks it until the transaction ends, so that renewals, dunning and
   * customers' changes of one subscription take turns on any number of servers.
   */
  Optional<Subscription> lock(UUID id);

  /** Writes every changeable component of the subscription (not its id, organization, creation). */
  void update(Subscription subscription);

  /**
   * Live subscriptions whose current period (or trial) has ended by {@code now} and that are not
   * waiting for a payment: due to renew, to end, or to leave their trial. Oldest end first. A
   * subscription a payment service runs is never due here: the service renews it.
   */
  List<UUID> dueForRenewal(Instant now, int limit);

  /**
   * Subscriptions whose next payment attempt is due by {@code now}. Oldest due first. A
   * subscription a payment service runs is never due here: the service collects its invoices.
   */
  List<UUID> dueForCollection(Instant now, int limit);

  /**
   * The subscriptions that match, ordered by the end of their current period and then by id, after
   * the given position (null for the first page).
   */
  List<Subscription> search(SubscriptionFilter filter, RenewalPosition after, int limit);

  /**
   * Live subscriptions canceled at the period end (so their licenses will not renew) whose current
   * period ends after {@code from} and no later than {@code to}; soonest end first.
   */
  List<Subscription> endingWithoutRenewal(Instant from, Instant to, int limit);

  /** A position in the list of {@link #search}: the end of a period and an id. */
  record RenewalPosition(Instant currentPeriodEnd, UUID id) {}
}
