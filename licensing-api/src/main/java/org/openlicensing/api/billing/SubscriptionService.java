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

  /**
   * Ends the subscription now, as a customer may: its licenses expire at once and nothing is
   * refunded. Same callers as {@link #cancel}.
   */
  Subscription cancelNow(Caller caller, UUID subscriptionId, ClientInfo client);

  /** Takes back a cancellation at the period end, before the period ends. */
  Subscription resume(Caller caller, UUID subscriptionId, ClientInfo client);

  /**
   * Changes seats, plan or payment method. More seats and a dearer plan are charged at once,
   * prorated to the rest of the period (a declined payment is PAYMENT_FAILED and changes nothing);
   * fewer seats (never below the licenses assigned) and a cheaper plan are scheduled for the end of
   * the period. A new payment method pays an open invoice of a past-due subscription at once.
   *
   * @param idempotencyKey the client's key for safe retries, or null
   */
  Subscription change(
      Caller caller,
      UUID subscriptionId,
      SubscriptionChange change,
      String idempotencyKey,
      ClientInfo client);

  /** The subscriptions of every organization the caller may see. */
  List<Subscription> visibleTo(Caller caller);
}
