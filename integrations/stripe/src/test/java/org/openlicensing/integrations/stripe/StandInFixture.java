package org.openlicensing.integrations.stripe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.core.billing.provider.NewProviderSubscription;
import org.openlicensing.core.billing.provider.PriceRef;
import org.openlicensing.core.billing.provider.ProviderCustomerDetails;
import org.openlicensing.integrations.stripe.standin.StripeStandIn;

/** A fresh stand-in and an adapter pointed at it, per test. */
final class StandInFixture implements AutoCloseable {
  static final String API_KEY = "sk_test_51StandInKey0123456789";
  static final Instant NOW = Instant.parse("2026-01-31T10:00:00Z");
  static final PriceRef PRO_MONTHLY =
      new PriceRef("pro", "Pro", 1, BillingPeriod.MONTHLY, Money.of(1_500, "EUR"));

  final StripeStandIn stripe = StripeStandIn.start(API_KEY, NOW);
  final StripeBillingProvider provider = new StripeBillingProvider(settings(2));

  StripeSettings settings(int retries) {
    return new StripeSettings(
        API_KEY,
        List.of("whsec_standin"),
        stripe.baseUrl(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        retries);
  }

  String customer() {
    return provider.createCustomer(
        new ProviderCustomerDetails(
            UUID.fromString("5f0c5a6e-8d7e-4f55-9d43-1c1f00000001"),
            "Acme GmbH",
            Optional.of("billing@acme.example"),
            Optional.of("de"),
            Map.of()),
        "customer-" + UUID.randomUUID());
  }

  /** The PaymentMethod each customer's test token attached as, by customer and token. */
  private final Map<String, String> attached = new java.util.HashMap<>();

  /**
   * A customer whose default payment method is {@code paymentMethod}, attached; {@link
   * #subscription} names the attached one when given the token.
   */
  String customerPaying(String paymentMethod) {
    String customer = customer();
    attached.put(
        customer + " " + paymentMethod,
        provider.useDefaultPaymentMethod(customer, paymentMethod, "pm-" + UUID.randomUUID()));
    return customer;
  }

  /** The id {@code paymentMethod} attached to the customer as. */
  String attachedAs(String customer, String paymentMethod) {
    return attached.getOrDefault(customer + " " + paymentMethod, paymentMethod);
  }

  NewProviderSubscription subscription(
      String customer, String paymentMethod, PriceRef price, int seats, int trialDays) {
    return new NewProviderSubscription(
        customer,
        price,
        seats,
        attachedAs(customer, paymentMethod),
        trialDays,
        Map.of("subscription_id", "s-1", "organization_id", "o-1"));
  }

  @Override
  public void close() {
    stripe.close();
  }
}
