package org.openlicensing.core.billing.provider;

/**
 * A payment service that runs subscriptions itself, such as Stripe Billing: it keeps the customer,
 * the payment method, the subscription, makes the invoices and charges them. The library mirrors
 * what the provider holds; it learns of changes by webhooks and then fetches the objects' current
 * state, rather than trusting the order of events.
 *
 * <p>Every call that creates or changes something takes an idempotency key: the same key twice has
 * one effect (Stripe: the {@code Idempotency-Key} header). Failures are {@link ProviderException}.
 */
public interface BillingProvider {

  /** The service's name, as in its webhook path and its events' provider: {@code stripe}. */
  String name();

  /** Creates the customer of an organization; returns its id. */
  String createCustomer(ProviderCustomerDetails customer, String idempotencyKey);

  /** Starts the setup of a payment method for off-session use by the customer's subscriptions. */
  PaymentSetup setUpPaymentMethod(String customerId, String idempotencyKey);

  /**
   * Makes the payment method the customer's default for invoices, attaching it first unless a
   * completed setup did. The method must come from a completed setup, or be attachable to the
   * customer.
   *
   * @return the id of the payment method as attached, to name it from now on: attaching one of
   *     Stripe's test ids such as {@code pm_card_visa} makes a new PaymentMethod with an id of its
   *     own
   */
  String useDefaultPaymentMethod(String customerId, String paymentMethod, String idempotencyKey);

  /**
   * Creates the subscription and, unless it starts with a trial, pays its first invoice at once: a
   * declined first payment is CARD_DECLINED and leaves no subscription behind (Stripe: {@code
   * payment_behavior=error_if_incomplete}).
   */
  ProviderSubscription createSubscription(NewProviderSubscription request, String idempotencyKey);

  /** Changes seats or price, billing the rest of the period as the change says. */
  ProviderSubscription changeSubscription(
      String subscriptionId, ProviderSubscriptionChange change, String idempotencyKey);

  /** Cancels at the end of the period, or resumes one that was to end ({@code false}). */
  ProviderSubscription cancelAtPeriodEnd(
      String subscriptionId, boolean cancel, String idempotencyKey);

  /** Ends the subscription now. */
  ProviderSubscription cancelNow(String subscriptionId, String idempotencyKey);

  ProviderSubscription fetchSubscription(String subscriptionId);

  ProviderInvoice fetchInvoice(String invoiceId);

  ProviderCharge fetchCharge(String chargeId);

  /** Refunds part or all of what an invoice's payment collected. */
  ProviderRefund refund(String paymentIntentId, long amount, String idempotencyKey);

  /**
   * Reports usage to the customer's meter (Stripe: {@code POST /v1/billing/meter_events}). The
   * service counts an event once by its {@link ProviderMeterEvent#identifier()}, so a retry after a
   * lost answer does not bill twice.
   */
  void reportMeterEvent(ProviderMeterEvent event, String idempotencyKey);
}
