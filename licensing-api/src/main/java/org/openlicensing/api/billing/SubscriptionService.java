package org.openlicensing.api.billing;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;

/**
 * Buying a plan for an organization. The caller is an account that manages the organization's
 * billing, or an API key of the organization (READ to look, WRITE to buy).
 */
public interface SubscriptionService {

  /**
   * Charges the first period and, only when the payment succeeds, creates the subscription and one
   * license per seat. A declined payment is PAYMENT_FAILED and leaves nothing behind.
   *
   * @param idempotencyKey the client's key for safe retries, or null
   */
  Subscription subscribe(Caller caller, NewSubscription request, String idempotencyKey);

  /** A subscription the caller may see. Others answer NOT_FOUND, like missing ones. */
  Subscription get(Caller caller, UUID subscriptionId);

  /** The subscriptions of every organization the caller may see. */
  List<Subscription> visibleTo(Caller caller);
}
