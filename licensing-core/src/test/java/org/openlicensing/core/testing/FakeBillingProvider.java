package org.openlicensing.core.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openlicensing.core.billing.provider.BillingProvider;
import org.openlicensing.core.billing.provider.NewProviderSubscription;
import org.openlicensing.core.billing.provider.PaymentSetup;
import org.openlicensing.core.billing.provider.ProviderCharge;
import org.openlicensing.core.billing.provider.ProviderCustomerDetails;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.billing.provider.ProviderException.Kind;
import org.openlicensing.core.billing.provider.ProviderInvoice;
import org.openlicensing.core.billing.provider.ProviderMeterEvent;
import org.openlicensing.core.billing.provider.ProviderRefund;
import org.openlicensing.core.billing.provider.ProviderSubscription;
import org.openlicensing.core.billing.provider.ProviderSubscriptionChange;

/**
 * A payment service in memory that behaves like Stripe Billing where the library relies on it:
 * state per customer, subscription, invoice and charge; an idempotency key answers its first result
 * again (and refuses other parameters); Stripe's test PaymentMethods attach as new ids and decline
 * as documented; a subscription's first invoice is paid at once or nothing is kept. Tests move it
 * on (renewals, failures, refunds at the dashboard) through {@link FakeStripeBook}.
 */
public final class FakeBillingProvider implements BillingProvider {
  private final FakeStripeBook book;
  private final Map<String, Object[]> idempotent = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final Map<String, ProviderMeterEvent> meterEvents = new LinkedHashMap<>();
  private ProviderException nextFailure;

  public FakeBillingProvider(Clock clock) {
    this.book = new FakeStripeBook(clock);
  }

  /** The service's state, to read and to move on as Stripe would. */
  public FakeStripeBook book() {
    return book;
  }

  /** The writes that reached the service (replays of a key are not counted), as "method key". */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /** The next call fails so, before any effect. */
  public synchronized void failNext(Kind kind) {
    nextFailure = new ProviderException(kind, "scripted " + kind, null, null, null);
  }

  @Override
  public String name() {
    return "stripe";
  }

  @Override
  public String createCustomer(ProviderCustomerDetails customer, String key) {
    return write("createCustomer", key, customer, () -> book.createCustomer(customer));
  }

  @Override
  public PaymentSetup setUpPaymentMethod(String customerId, String key) {
    return write("setUpPaymentMethod", key, customerId, () -> book.setUp(customerId));
  }

  @Override
  public String useDefaultPaymentMethod(String customerId, String paymentMethod, String key) {
    return write(
        "useDefaultPaymentMethod",
        key,
        List.of(customerId, paymentMethod),
        () -> book.attach(customerId, paymentMethod));
  }

  @Override
  public ProviderSubscription createSubscription(NewProviderSubscription request, String key) {
    return write("createSubscription", key, request, () -> book.subscribe(request));
  }

  @Override
  public ProviderSubscription changeSubscription(
      String subscriptionId, ProviderSubscriptionChange change, String key) {
    return write(
        "changeSubscription:" + change.proration(),
        key,
        List.of(subscriptionId, change),
        () -> book.change(subscriptionId, change));
  }

  @Override
  public ProviderSubscription cancelAtPeriodEnd(String subscriptionId, boolean cancel, String key) {
    return write(
        "cancelAtPeriodEnd",
        key,
        List.of(subscriptionId, cancel),
        () -> book.cancelAtPeriodEnd(subscriptionId, cancel));
  }

  @Override
  public ProviderSubscription cancelNow(String subscriptionId, String key) {
    return write("cancelNow", key, subscriptionId, () -> book.cancelNow(subscriptionId));
  }

  @Override
  public synchronized ProviderSubscription fetchSubscription(String subscriptionId) {
    failIfScripted();
    return book.subscription(subscriptionId);
  }

  @Override
  public synchronized ProviderInvoice fetchInvoice(String invoiceId) {
    failIfScripted();
    return book.invoice(invoiceId);
  }

  @Override
  public synchronized ProviderCharge fetchCharge(String chargeId) {
    failIfScripted();
    return book.charge(chargeId);
  }

  @Override
  public ProviderRefund refund(String paymentIntentId, long amount, String key) {
    return write(
        "refund",
        key,
        List.of(paymentIntentId, amount),
        () -> book.refund(paymentIntentId, amount));
  }

  /** Counts an event once per identifier, as Stripe's meters do. */
  @Override
  public void reportMeterEvent(ProviderMeterEvent event, String key) {
    write(
        "reportMeterEvent",
        key,
        event,
        () -> {
          meterEvents.putIfAbsent(event.identifier(), event);
          return event;
        });
  }

  /** The usage the meters counted, once per identifier, in the order it came. */
  public synchronized List<ProviderMeterEvent> meterEvents() {
    return List.copyOf(meterEvents.values());
  }

  /** Stripe's idempotency: a key's first result again; the key with other parameters refused. */
  @SuppressWarnings("unchecked")
  private synchronized <T> T write(String method, String key, Object params, Supplier<T> effect) {
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new IllegalArgumentException("an idempotency key of 1 to 200 characters: " + key);
    }
    Object[] earlier = idempotent.get(key);
    if (earlier != null) {
      if (!earlier[0].equals(List.of(method, params))) {
        throw new ProviderException(
            Kind.INVALID_REQUEST, "idempotency key reused with other parameters", null, null, null);
      }
      if (earlier[1] instanceof ProviderException failure) {
        throw failure;
      }
      return (T) earlier[1];
    }
    failIfScripted();
    Object result;
    try {
      result = effect.get();
    } catch (ProviderException failure) {
      result = failure;
    }
    idempotent.put(key, new Object[] {List.of(method, params), result});
    if (result instanceof ProviderException failure) {
      throw failure;
    }
    calls.add(method + " " + key);
    return (T) result;
  }

  private void failIfScripted() {
    if (nextFailure != null) {
      ProviderException failure = nextFailure;
      nextFailure = null;
      throw failure;
    }
  }
}
