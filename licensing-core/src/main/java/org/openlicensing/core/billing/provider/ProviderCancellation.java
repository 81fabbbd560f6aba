package org.openlicensing.core.billing.provider;

import java.util.UUID;
import java.util.function.Function;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.core.persistence.Transactions;

/**
 * Ending a subscription the payment service runs, at the period's end or now, and taking a
 * cancellation back: the service is told first, then the mirror takes the service's answer (ending
 * now expires the licenses). The caller's right was checked before.
 */
public final class ProviderCancellation {
  private final Transactions transactions;
  private final SubscriptionRepository subscriptions;
  private final ProviderAccess access;
  private final SubscriptionMirror mirror;
  private final AuditLog audit;

  public ProviderCancellation(
      Transactions transactions,
      SubscriptionRepository subscriptions,
      ProviderAccess access,
      SubscriptionMirror mirror,
      AuditLog audit) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.access = access;
    this.mirror = mirror;
    this.audit = audit;
  }

  Subscription atPeriodEnd(Caller caller, UUID id, ClientInfo client) {
    Subscription subscription = transactions.inTransaction(() -> access.live(id));
    if (subscription.cancelAtPeriodEnd()) {
      throw new LicensingException(
          ErrorCode.CONFLICT, "the subscription is canceled or has ended already");
    }
    return apply(
        caller,
        subscription,
        provider -> provider.cancelAtPeriodEnd(providerId(subscription), true, key("cancel", id)),
        "subscription.canceled",
        client);
  }

  Subscription now(Caller caller, UUID id, ClientInfo client) {
    Subscription subscription = transactions.inTransaction(() -> access.live(id));
    return apply(
        caller,
        subscription,
        provider -> provider.cancelNow(providerId(subscription), key("cancel-now", id)),
        "subscription.canceled_now",
        client);
  }

  Subscription resume(Caller caller, UUID id, ClientInfo client) {
    Subscription subscription = transactions.inTransaction(() -> access.live(id));
    if (!subscription.cancelAtPeriodEnd()) {
      throw new LicensingException(
          ErrorCode.INVALID_STATE_TRANSITION, "the subscription is not canceled");
    }
    return apply(
        caller,
        subscription,
        provider -> provider.cancelAtPeriodEnd(providerId(subscription), false, key("resume", id)),
        "subscription.resumed",
        client);
  }

  private Subscription apply(
      Caller caller,
      Subscription subscription,
      Function<BillingProvider, ProviderSubscription> call,
      String action,
      ClientInfo client) {
    ProviderSubscription answer;
    try {
      answer = call.apply(access.provider());
    } catch (ProviderException e) {
      throw ProviderFailures.of(e);
    }
    return transactions.inTransaction(
        () -> {
          Subscription locked = subscriptions.lock(subscription.id()).orElseThrow();
          Subscription mirrored = mirror.apply(locked, answer);
          audit.record(
              caller,
              AuditEntry.onSubscription(action, subscription.id(), subscription.organizationId())
                  .with("endsAt", mirrored.currentPeriodEnd().toString())
                  .with("providerSubscription", answer.id()),
              client);
          return mirrored;
        });
  }

  private static String providerId(Subscription subscription) {
    return subscription.providerSubscriptionId().orElseThrow();
  }

  /** Each request its own key: the library refuses a repeated cancel before it reaches here. */
  private static String key(String action, UUID id) {
    return action + "-" + id + "-" + UUID.randomUUID();
  }
}
