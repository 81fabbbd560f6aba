package org.openlicensing.core.billing;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;
import org.openlicensing.core.support.Callers;

/** The built-in billing: the payment gateway charges, the library's jobs renew and chase. */
final class SandboxEngine implements SubscriptionEngine {
  private final SubscriptionCheckout checkout;
  private final SubscriptionChanges changes;
  private final SubscriptionCancellation cancellation;

  SandboxEngine(
      SubscriptionCheckout checkout,
      SubscriptionChanges changes,
      SubscriptionCancellation cancellation) {
    this.checkout = checkout;
    this.changes = changes;
    this.cancellation = cancellation;
  }

  @Override
  public Subscription subscribe(
      Caller caller, UUID organizationId, CheckedOrder order, String idempotencyKey) {
    return checkout.complete(Callers.idOf(caller), organizationId, order, idempotencyKey);
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
