package org.openlicensing.api.billing;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

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

  /**
   * Cancels at the end of the current period, as a customer does: the licenses keep working until
   * then. Owners, admins and billing managers of the organization, and its WRITE-scoped API keys;
   * other members are FORBIDDEN, anyone else NOT_FOUND. A canceled subscription is a CONFLICT.
   */
  Subscription cancel(Caller caller, UUID subscriptionId, ClientInfo client);

  /** The subscriptions of every organization the caller may see. */
  List<Subscription> visibleTo(Caller caller);
}
