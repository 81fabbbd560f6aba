package org.openlicensing.core.billing.provider;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.billing.CheckedOrder;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buys a checked order at the payment service: the organization's customer (made on first need),
 * the payment method as its default, then the subscription, whose first invoice the service pays at
 * once or refuses, keeping nothing. Only then is the mirror stored with its licenses, which run
 * until the period the service reports ends. Every call carries a key derived from the client's
 * Idempotency-Key, so a retried request makes one subscription at the service.
 */
public final class ProviderCheckout {
  private static final Logger LOG = LoggerFactory.getLogger(ProviderCheckout.class);

  private final Transactions transactions;
  private final BillingProvider provider;
  private final ProviderCustomers customers;
  private final SubscriptionRepository subscriptions;
  private final LicenseIssuer licenses;
  private final AuditLog audit;
  private final Clock clock;

  public ProviderCheckout(
      Transactions transactions,
      BillingProvider provider,
      ProviderCustomers customers,
      SubscriptionRepository subscriptions,
      LicenseIssuer licenses,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.provider = provider;
    this.customers = customers;
    this.subscriptions = subscriptions;
    this.licenses = licenses;
    this.audit = audit;
    this.clock = clock;
  }

  Subscription complete(
      Caller caller, UUID organizationId, CheckedOrder order, String idempotencyKey) {
    UUID callerId = Callers.idOf(caller);
    UUID id = ProviderKeys.subscriptionId(callerId, idempotencyKey, clock);
    String scope = ProviderKeys.scope(callerId, idempotencyKey);
    String customer = customers.ensure(organizationId);
    String method = attach(provider, customer, order.paymentMethod(), "pm-" + scope);
    ProviderSubscription created;
    try {
      created =
          provider.createSubscription(
              new NewProviderSubscription(
                  customer,
                  ProviderPrices.of(order.plan(), order.period(), order.price().perSeat()),
                  order.seats(),
                  method,
                  order.plan().trialDays(),
                  Map.of(
                      SubscriptionSync.SUBSCRIPTION_ID,
                      id.toString(),
                      SubscriptionSync.ORGANIZATION_ID,
                      organizationId.toString())),
              "subscription-" + scope);
    } catch (ProviderException e) {
      throw ProviderFailures.of(e);
    }
    Subscription subscription = mirror(id, organizationId, order, method, created);
    try {
      transactions.run(
          () -> {
            subscriptions.insert(subscription, callerId, idempotencyKey);
            licenses.issueFor(subscription, order.plan());
            audit.record(
                caller,
                AuditEntry.onSubscription("subscription.created", id, organizationId)
                    .with("plan", order.plan().code())
                    .with("seats", Integer.toString(order.seats()))
                    .with("providerSubscription", created.id()),
                null);
          });
      return subscription;
    } catch (RuntimeException e) {
      if (!(e instanceof DuplicateKeyException && stored(id))) {
        cancelAfterFailure(created, e);
      }
      throw e;
    }
  }

  /** Makes the client's payment method the customer's default; returns it as attached. */
  static String attach(
      BillingProvider provider, String customer, String paymentMethod, String key) {
    try {
      return provider.useDefaultPaymentMethod(customer, paymentMethod, key);
    } catch (ProviderException e) {
      throw ProviderFailures.aboutPaymentMethod(e);
    }
  }

  private Subscription mirror(
      UUID id, UUID organizationId, CheckedOrder order, String method, ProviderSubscription made) {
    Instant now = clock.instant();
    return new Subscription(
            id,
            organizationId,
            order.plan().code(),
            order.seats(),
            order.period(),
            order.price().perSeat(),
            made.status(),
            made.currentPeriodStart(),
            made.currentPeriodEnd(),
            now)
        .toBuilder()
            .price(order.price().perSeat(), order.plan().priceVersion())
            .trialEnd(made.trialEnd())
            .cancelAtPeriodEnd(made.cancelAtPeriodEnd())
            .canceledAt(made.canceledAt())
            .paymentMethod(Optional.of(method))
            .providerSubscriptionId(Optional.of(made.id()))
            .build();
  }

  /** Whether a concurrent request with the same key stored this very subscription first. */
  private boolean stored(UUID id) {
    return transactions.inTransaction(() -> subscriptions.findById(id)).isPresent();
  }

  /** What the service made must not run unmirrored: it is ended there, and support told. */
  private void cancelAfterFailure(ProviderSubscription made, Exception cause) {
    LOG.error(
        "Provider subscription {} could not be stored; canceling it at the provider",
        made.id(),
        cause);
    try {
      provider.cancelNow(made.id(), "cancel-unstored-" + made.id());
    } catch (RuntimeException failure) {
      LOG.error(
          "Canceling provider subscription {} failed; cancel and refund it by hand",
          made.id(),
          failure);
    }
  }
}
