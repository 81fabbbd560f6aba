package org.openlicensing.integrations.stripe;

import com.stripe.StripeClient;
import org.openlicensing.core.billing.provider.BillingProvider;
import org.openlicensing.core.billing.provider.NewProviderSubscription;
import org.openlicensing.core.billing.provider.PaymentSetup;
import org.openlicensing.core.billing.provider.ProviderCharge;
import org.openlicensing.core.billing.provider.ProviderCustomerDetails;
import org.openlicensing.core.billing.provider.ProviderInvoice;
import org.openlicensing.core.billing.provider.ProviderMeterEvent;
import org.openlicensing.core.billing.provider.ProviderRefund;
import org.openlicensing.core.billing.provider.ProviderSubscription;
import org.openlicensing.core.billing.provider.ProviderSubscriptionChange;

/**
 * Stripe Billing behind the {@link BillingProvider} port, through stripe-java. The client is this
 * instance's own, never the global {@code Stripe.apiKey}, so that two configurations (or a test's
 * stand-in) can live in one JVM. Each POST carries an Idempotency-Key derived from the caller's;
 * stripe-java's network retries resend the same key, so they never charge twice.
 */
public final class StripeBillingProvider implements BillingProvider {
  private final StripeCustomers customers;
  private final StripeSubscriptions subscriptions;
  private final StripeInvoices invoices;
  private final StripeMeterEvents meterEvents;

  public StripeBillingProvider(StripeSettings settings) {
    this(client(settings));
  }

  StripeBillingProvider(StripeClient stripe) {
    this.customers = new StripeCustomers(stripe);
    this.subscriptions = new StripeSubscriptions(stripe, new StripePriceCatalog(stripe));
    this.invoices = new StripeInvoices(stripe);
    this.meterEvents = new StripeMeterEvents(stripe);
  }

  private static StripeClient client(StripeSettings settings) {
    return StripeClient.builder()
        .setApiKey(settings.secretKey())
        .setApiBase(settings.apiBaseUrl())
        .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
        .setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()))
        .setMaxNetworkRetries(settings.maxNetworkRetries())
        .build();
  }

  @Override
  public String name() {
    return "stripe";
  }

  @Override
  public String createCustomer(ProviderCustomerDetails customer, String idempotencyKey) {
    return StripeCall.run(() -> customers.create(customer, idempotencyKey));
  }

  @Override
  public PaymentSetup setUpPaymentMethod(String customerId, String idempotencyKey) {
    return StripeCall.run(() -> customers.setUp(customerId, idempotencyKey));
  }

  @Override
  public String useDefaultPaymentMethod(
      String customerId, String paymentMethod, String idempotencyKey) {
    return StripeCall.run(() -> customers.useDefault(customerId, paymentMethod, idempotencyKey));
  }

  @Override
  public ProviderSubscription createSubscription(
      NewProviderSubscription request, String idempotencyKey) {
    return StripeCall.run(() -> subscriptions.create(request, idempotencyKey));
  }

  @Override
  public ProviderSubscription changeSubscription(
      String subscriptionId, ProviderSubscriptionChange change, String idempotencyKey) {
    return StripeCall.run(() -> subscriptions.change(subscriptionId, change, idempotencyKey));
  }

  @Override
  public ProviderSubscription cancelAtPeriodEnd(
      String subscriptionId, boolean cancel, String idempotencyKey) {
    return StripeCall.run(
        () -> subscriptions.cancelAtPeriodEnd(subscriptionId, cancel, idempotencyKey));
  }

  /**
   * Stripe takes no idempotency key on DELETE; a repeated cancel answers the ended subscription.
   */
  @Override
  public ProviderSubscription cancelNow(String subscriptionId, String idempotencyKey) {
    return StripeCall.run(() -> subscriptions.cancelNow(subscriptionId));
  }

  @Override
  public ProviderSubscription fetchSubscription(String subscriptionId) {
    return StripeCall.run(() -> subscriptions.fetch(subscriptionId));
  }

  @Override
  public ProviderInvoice fetchInvoice(String invoiceId) {
    return StripeCall.run(() -> invoices.fetchInvoice(invoiceId));
  }

  @Override
  public ProviderCharge fetchCharge(String chargeId) {
    return StripeCall.run(() -> invoices.fetchCharge(chargeId));
  }

  @Override
  public ProviderRefund refund(String paymentIntentId, long amount, String idempotencyKey) {
    return StripeCall.run(() -> invoices.refund(paymentIntentId, amount, idempotencyKey));
  }

  @Override
  public void reportMeterEvent(ProviderMeterEvent event, String idempotencyKey) {
    StripeCall.run(
        () -> {
          meterEvents.report(event, idempotencyKey);
          return null;
        });
  }
}
