package org.openlicensing.api.billing;

import java.util.List;
import java.util.UUID;

/** Buying a plan for an organization. */
public interface SubscriptionService {

  /**
   * Charges the first period and, only when the payment succeeds, creates the subscription and one
   * license per seat. A declined payment is PAYMENT_FAILED and leaves nothing behind.
   *
   * @param idempotencyKey the client's key for safe retries, or null
   */
  Subscription subscribe(UUID accountId, NewSubscription request, String idempotencyKey);

  /** A subscription the account may manage. Others answer NOT_FOUND, like missing ones. */
  Subscription get(UUID accountId, UUID subscriptionId);

  /** The subscriptions of every organization the account manages. */
  List<Subscription> manageableBy(UUID accountId);
}
