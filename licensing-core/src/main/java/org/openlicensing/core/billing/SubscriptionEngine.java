package org.openlicensing.core.billing;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;

/**
 * What runs the subscriptions behind {@link DefaultSubscriptionService}: the built-in billing
 * (sandbox gateway, renewals and dunning by the library's jobs), or a payment service such as
 * Stripe Billing that renews and charges them while the library mirrors its state. The service
 * checks the caller's rights and the order before it calls the engine.
 */
public interface SubscriptionEngine {

  /** Pays and provisions a checked order; nothing is stored when the payment fails. */
  Subscription subscribe(
      Caller caller, UUID organizationId, CheckedOrder order, String idempotencyKey);

  /** Checks and applies a change; checks the caller's right to make it too. */
  Subscription change(
      Caller caller,
      UUID subscriptionId,
      SubscriptionChange change,
      String idempotencyKey,
      ClientInfo client);

  Subscription cancelAtPeriodEnd(Caller caller, UUID subscriptionId, ClientInfo client);

  Subscription cancelNow(Caller caller, UUID subscriptionId, ClientInfo client);

  Subscription resume(Caller caller, UUID subscriptionId, ClientInfo client);
}
