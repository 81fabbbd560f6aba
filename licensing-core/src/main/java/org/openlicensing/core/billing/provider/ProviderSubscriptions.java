package org.openlicensing.core.billing.provider;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;
import org.openlicensing.core.billing.CheckedOrder;
import org.openlicensing.core.billing.SubscriptionEngine;

/**
 * Subscriptions run by a payment service such as Stripe Billing: it renews them and charges their
 * invoices; the library asks it for every change and mirrors what it answers, and what its webhooks
 * report later.
 */
public final class ProviderSubscriptions implements SubscriptionEngine {
  private final ProviderCheckout checkout;
  private final ProviderChanges changes;
  private final ProviderCancellation cancellation;

  public ProviderSubscriptions(
      ProviderCheckout checkout, ProviderChanges changes, ProviderCancellation cancellation) {
    this.checkout = checkout;
    this.changes = changes;
    this.cancellation = cancellation;
  }

  @Override
  public Subscription subscribe(
      Caller caller, UUID organizationId, CheckedOrder order, String idempotencyKey) {
    return checkout.complete(caller, organizationId, order, idempotencyKey);
  }

  @Override
  public Subscription change(
      Caller caller,
      UUID subscriptionId,
      SubscriptionChange change,
      String idempotencyKey,
      ClientInfo client) {
    return changes.change(caller, subscriptionId, change, idempotencyKey, client);
  }

  @Override
  public Subscription cancelAtPeriodEnd(Caller caller, UUID subscriptionId, ClientInfo client) {
    return cancellation.atPeriodEnd(caller, subscriptionId, client);
  }

  @Override
  public Subscription cancelNow(Caller caller, UUID subscriptionId, ClientInfo client) {
    return cancellation.now(caller, subscriptionId, client);
  }

  @Override
  public Subscription resume(Caller caller, UUID subscriptionId, ClientInfo client) {
    return cancellation.resume(caller, subscriptionId, client);
  }
}
