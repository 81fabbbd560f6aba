package org.openlicensing.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.core.billing.provider.NewProviderSubscription;
import org.openlicensing.core.billing.provider.PaymentSetup;
import org.openlicensing.core.billing.provider.PriceRef;
import org.openlicensing.core.billing.provider.ProrationBehavior;
import org.openlicensing.core.billing.provider.ProviderCharge;
import org.openlicensing.core.billing.provider.ProviderCustomerDetails;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.billing.provider.ProviderException.Kind;
import org.openlicensing.core.billing.provider.ProviderInvoice;
import org.openlicensing.core.billing.provider.ProviderInvoiceLine;
import org.openlicensing.core.billing.provider.ProviderRefund;
import org.openlicensing.core.billing.provider.ProviderSubscription;
import org.openlicensing.core.billing.provider.ProviderSubscriptionChange;

/**
 * What the fake payment service holds, and the moves Stripe makes on its own that tests trigger: a
 * renewal paid or failed, an open invoice paid later, a status set by dunning, a refund at the
 * dashboard. Amounts are minor units; prices are the catalog's, per seat.
 */
public final class FakeStripeBook {
  private final Clock clock;
  private int counter;
  private final Map<String, ProviderCustomerDetails> customers = new LinkedHashMap<>();
  private final Map<String, String> testTokens = new LinkedHashMap<>();
  private final Map<String, String> methodCustomers = new LinkedHashMap<>();
  private final Map<String, ProviderSubscription> subscriptions = new LinkedHashMap<>();
  private final Map<String, PriceRef> prices = new LinkedHashMap<>();
  private final Map<String, String> defaultMethods = new LinkedHashMap<>();
  private final Map<String, ProviderInvoice> invoices = new LinkedHashMap<>();
  private final Map<String, ProviderCharge> charges = new LinkedHashMap<>();

  FakeStripeBook(Clock clock) {
    this.clock = clock;
  }

  private String newId(String prefix) {
    return prefix + "_fake" + String.format("%04d", ++counter);
  }

  synchronized String createCustomer(ProviderCustomerDetails details) {
    String id = newId("cus");
    customers.put(id, details);
    return id;
  }

  synchronized PaymentSetup setUp(String customerId) {
    requireCustomer(customerId);
    String id = newId("seti");
    return new PaymentSetup(id, id + "_secret_fake", "requires_payment_method");
  }

  /** Stripe's test tokens (pm_card_...) attach as a new PaymentMethod; others as they are. */
  synchronized String attach(String customerId, String paymentMethod) {
    requireCustomer(customerId);
    if (paymentMethod.startsWith("pm_card_")) {
      String id = newId("pm");
      testTokens.put(id, paymentMethod);
      methodCustomers.put(id, customerId);
      return id;
    }
    String owner = methodCustomers.get(paymentMethod);
    if (!paymentMethod.startsWith("pm_") || (owner != null && !owner.equals(customerId))) {
      throw new ProviderException(
          Kind.INVALID_REQUEST,
          "No such PaymentMethod: '" + paymentMethod + "'",
          null,
          "payment_method",
          null);
    }
    methodCustomers.put(paymentMethod, customerId);
    return paymentMethod;
  }

  synchronized ProviderSubscription subscribe(NewProviderSubscription request) {
    requireCustomer(request.customerId());
    requireAttached(request.customerId(), request.paymentMethod(), "default_payment_method");
    boolean trial = request.trialDays() > 0;
    if (!trial) {
      decline(request.paymentMethod());
    }
    Instant now = clock.instant();
    Instant end = trial ? now.plus(Duration.ofDays(request.trialDays())) : monthAfter(now);
    String id = newId("sub");
    prices.put(id, request.price());
    defaultMethods.put(id, request.paymentMethod());
    ProviderSubscription subscription =
        new ProviderSubscription(
            id,
            request.customerId(),
            trial ? SubscriptionStatus.TRIALING : SubscriptionStatus.ACTIVE,
            request.seats(),
            Optional.of(request.price().lookupKey()),
            now,
            end,
            trial ? Optional.of(end) : Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            request.metadata());
    long amount = trial ? 0 : request.price().perSeat().amount() * request.seats();
    String invoice = invoice(subscription, "subscription_create", amount, false, now, end, true);
    return put(with(subscription, invoice));
  }

  synchronized ProviderSubscription change(String id, ProviderSubscriptionChange change) {
    ProviderSubscription current = subscription(id);
    change
        .paymentMethod()
        .ifPresent(
            method -> {
              requireAttached(current.customerId(), method, "default_payment_method");
              defaultMethods.put(id, method);
            });
    if (!change.changesItem()) {
      return current;
    }
    PriceRef oldPrice = prices.get(id);
    PriceRef newPrice = change.price().orElse(oldPrice);
    int seats = change.seats().orElse(current.seats());
    long before = oldPrice.perSeat().amount() * current.seats();
    long after = newPrice.perSeat().amount() * seats;
    boolean invoiceNow = change.proration() == ProrationBehavior.ALWAYS_INVOICE;
    if (invoiceNow && after > before && current.status() != SubscriptionStatus.TRIALING) {
      decline(defaultMethods.get(id));
    }
    prices.put(id, newPrice);
    ProviderSubscription changed =
        new ProviderSubscription(
            id,
            current.customerId(),
            current.status(),
            seats,
            Optional.of(newPrice.lookupKey()),
            current.currentPeriodStart(),
            current.currentPeriodEnd(),
            current.trialEnd(),
            current.cancelAtPeriodEnd(),
            current.canceledAt(),
            current.endedAt(),
            current.latestInvoiceId(),
            current.metadata());
    if (invoiceNow && after != before && current.status() != SubscriptionStatus.TRIALING) {
      Instant now = clock.instant();
      long total =
          Duration.between(current.currentPeriodStart(), current.currentPeriodEnd()).getSeconds();
      long left = Duration.between(now, current.currentPeriodEnd()).getSeconds();
      long prorated = (after - before) * left / Math.max(1, total);
      changed =
          with(
              changed,
              invoice(
                  changed,
                  "subscription_update",
                  prorated,
                  true,
                  now,
                  current.currentPeriodEnd(),
                  true));
    }
    return put(changed);
  }

  public synchronized ProviderSubscription cancelAtPeriodEnd(String id, boolean cancel) {
    ProviderSubscription s = subscription(id);
    return put(
        copy(
            s,
            s.status(),
            cancel,
            cancel ? Optional.of(clock.instant()) : Optional.empty(),
            s.endedAt()));
  }

  public synchronized ProviderSubscription cancelNow(String id) {
    ProviderSubscription s = subscription(id);
    if (s.status() == SubscriptionStatus.CANCELED) {
      return s;
    }
    Instant now = clock.instant();
    return put(
        copy(
            s,
            SubscriptionStatus.CANCELED,
            false,
            Optional.of(s.canceledAt().orElse(now)),
            Optional.of(now)));
  }

  public synchronized ProviderSubscription subscription(String id) {
    return found(subscriptions.get(id), id);
  }

  public synchronized ProviderInvoice invoice(String id) {
    return found(invoices.get(id), id);
  }

  public synchronized ProviderCharge charge(String id) {
    return found(charges.get(id), id);
  }

  synchronized ProviderRefund refund(String paymentIntentId, long amount) {
    ProviderCharge charge =
        charges.values().stream()
            .filter(c -> c.paymentIntentId().equals(Optional.of(paymentIntentId)))
            .findFirst()
            .orElseThrow(
                () ->
                    new ProviderException(
                        Kind.INVALID_REQUEST,
                        "No such payment_intent",
                        null,
                        "payment_intent",
                        null));
    if (amount > charge.amount() - charge.amountRefunded()) {
      throw new ProviderException(Kind.INVALID_REQUEST, "amount_too_large", null, "amount", null);
    }
    refunded(charge, amount);
    return new ProviderRefund(newId("re"), amount, "succeeded");
  }

  // What Stripe does on its own, for tests.

  /** The number of subscriptions made at the service. */
  public synchronized int subscriptionCount() {
    return subscriptions.size();
  }

  public synchronized int customerCount() {
    return customers.size();
  }

  /** The payment method the subscription's invoices are charged to. */
  public synchronized String defaultPaymentMethod(String subscriptionId) {
    return defaultMethods.get(subscriptionId);
  }

  /** The period turns: a new invoice, paid or left open with the subscription past due. */
  public synchronized ProviderInvoice renew(String id, boolean pays) {
    ProviderSubscription s = subscription(id);
    Instant start = s.currentPeriodEnd();
    Instant end = monthAfter(start);
    long amount = prices.get(id).perSeat().amount() * s.seats();
    ProviderSubscription renewed =
        new ProviderSubscription(
            id,
            s.customerId(),
            pays ? SubscriptionStatus.ACTIVE : SubscriptionStatus.PAST_DUE,
            s.seats(),
            s.priceLookupKey(),
            start,
            end,
            s.trialEnd(),
            s.cancelAtPeriodEnd(),
            s.canceledAt(),
            s.endedAt(),
            s.latestInvoiceId(),
            s.metadata());
    String invoice = invoice(renewed, "subscription_cycle", amount, false, start, end, pays);
    put(with(renewed, invoice));
    return invoices.get(invoice);
  }

  /** An open invoice paid after all; its subscription active again. */
  public synchronized ProviderInvoice pay(String invoiceId) {
    ProviderInvoice open = invoice(invoiceId);
    ProviderInvoice paid = paid(open);
    invoices.put(invoiceId, paid);
    open.subscriptionId().ifPresent(id -> put(copy(subscription(id), SubscriptionStatus.ACTIVE)));
    return paid;
  }

  /** Dunning at the service moved the subscription on. */
  public synchronized void setStatus(String id, SubscriptionStatus status) {
    put(copy(subscription(id), status));
  }

  /** A refund made in the service's dashboard. */
  public synchronized void refundAtDashboard(String chargeId, long amount) {
    refunded(charge(chargeId), amount);
  }

  /** The charge that paid an invoice. */
  public synchronized String chargeOf(String invoiceId) {
    String paymentIntent = invoice(invoiceId).paymentIntentId().orElseThrow();
    return charges.values().stream()
        .filter(c -> c.paymentIntentId().equals(Optional.of(paymentIntent)))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private String invoice(
      ProviderSubscription s,
      String reason,
      long amount,
      boolean proration,
      Instant start,
      Instant end,
      boolean pays) {
    String id = newId("in");
    PriceRef price = prices.get(s.id());
    ProviderInvoice open =
        new ProviderInvoice(
            id,
            s.customerId(),
            Optional.of(s.id()),
            Optional.of("FAKE-" + id),
            "open",
            reason,
            price.perSeat().currency(),
            amount,
            0,
            amount,
            0,
            amount,
            List.of(
                new ProviderInvoiceLine(
                    s.seats() + " × " + price.planName(),
                    s.seats(),
                    amount,
                    proration,
                    start,
                    end)),
            Optional.empty(),
            clock.instant(),
            Optional.empty(),
            false,
            Optional.of("https://invoice.stripe.test/" + id),
            pays ? Optional.empty() : Optional.of(clock.instant().plus(Duration.ofDays(3))));
    invoices.put(id, pays ? paid(open) : open);
    return id;
  }

  private ProviderInvoice paid(ProviderInvoice open) {
    Optional<String> paymentIntent = Optional.empty();
    if (open.total() > 0) {
      paymentIntent = Optional.of(newId("pi"));
      String charge = newId("ch");
      charges.put(
          charge,
          new ProviderCharge(charge, paymentIntent, Optional.of(open.id()), open.total(), 0));
    }
    return new ProviderInvoice(
        open.id(),
        open.customerId(),
        open.subscriptionId(),
        open.number(),
        "paid",
        open.billingReason(),
        open.currency(),
        open.subtotal(),
        open.tax(),
        open.total(),
        open.total(),
        0,
        open.lines(),
        paymentIntent,
        open.created(),
        Optional.of(clock.instant()),
        false,
        open.hostedInvoiceUrl(),
        Optional.empty());
  }

  private void refunded(ProviderCharge charge, long amount) {
    charges.put(
        charge.id(),
        new ProviderCharge(
            charge.id(),
            charge.paymentIntentId(),
            charge.invoiceId(),
            charge.amount(),
            charge.amountRefunded() + amount));
  }

  private void decline(String paymentMethod) {
    String token = testTokens.getOrDefault(paymentMethod, paymentMethod);
    if (token.contains("chargeDeclined")) {
      throw new ProviderException(
          Kind.CARD_DECLINED, "Your card was declined.", "insufficient_funds", null, null);
    }
    if (token.contains("authenticationRequired")) {
      throw new ProviderException(
          Kind.ACTION_REQUIRED, "authentication_required", "authentication_required", null, null);
    }
  }

  private void requireCustomer(String customerId) {
    if (!customers.containsKey(customerId)) {
      throw new ProviderException(Kind.NOT_FOUND, "No such customer", null, "customer", null);
    }
  }

  private void requireAttached(String customerId, String method, String param) {
    if (!customerId.equals(methodCustomers.get(method))) {
      throw new ProviderException(
          Kind.INVALID_REQUEST, "No such PaymentMethod: '" + method + "'", null, param, null);
    }
  }

  private ProviderSubscription put(ProviderSubscription s) {
    subscriptions.put(s.id(), s);
    return s;
  }

  private static ProviderSubscription with(ProviderSubscription s, String latestInvoice) {
    return new ProviderSubscription(
        s.id(),
        s.customerId(),
        s.status(),
        s.seats(),
        s.priceLookupKey(),
        s.currentPeriodStart(),
        s.currentPeriodEnd(),
        s.trialEnd(),
        s.cancelAtPeriodEnd(),
        s.canceledAt(),
        s.endedAt(),
        Optional.of(latestInvoice),
        s.metadata());
  }

  private static ProviderSubscription copy(ProviderSubscription s, SubscriptionStatus status) {
    return copy(s, status, s.cancelAtPeriodEnd(), s.canceledAt(), s.endedAt());
  }

  private static ProviderSubscription copy(
      ProviderSubscription s,
      SubscriptionStatus status,
      boolean cancelAtPeriodEnd,
      Optional<Instant> canceledAt,
      Optional<Instant> endedAt) {
    return new ProviderSubscription(
        s.id(),
        s.customerId(),
        status,
        s.seats(),
        s.priceLookupKey(),
        s.currentPeriodStart(),
        s.currentPeriodEnd(),
        s.trialEnd(),
        cancelAtPeriodEnd,
        canceledAt,
        endedAt,
        s.latestInvoiceId(),
        s.metadata());
  }

  private static <T> T found(T value, String id) {
    if (value == null) {
      throw new ProviderException(Kind.NOT_FOUND, "No such object: '" + id + "'", null, "id", null);
    }
    return value;
  }

  private static Instant monthAfter(Instant start) {
    return start.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
  }
}
