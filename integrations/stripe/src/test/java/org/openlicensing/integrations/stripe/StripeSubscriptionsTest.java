package org.openlicensing.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.core.billing.provider.PriceRef;
import org.openlicensing.core.billing.provider.ProrationBehavior;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.billing.provider.ProviderSubscription;
import org.openlicensing.core.billing.provider.ProviderSubscriptionChange;
import org.openlicensing.integrations.stripe.standin.RecordedRequest;

class StripeSubscriptionsTest {
  private static final PriceRef PRO = StandInFixture.PRO_MONTHLY;
  private static final PriceRef PRO_YEARLY =
      new PriceRef("pro", "Pro", 1, BillingPeriod.YEARLY, Money.of(15_000, "EUR"));

  private final StandInFixture fixture = new StandInFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void createsTheSubscriptionWithQuantityEqualToSeatsAndErrorIfIncomplete() {
    String customer = fixture.customerPaying("pm_card_visa");

    ProviderSubscription created =
        fixture.provider.createSubscription(
            fixture.subscription(customer, "pm_card_visa", PRO, 7, 0), "sub-1");

    RecordedRequest sent = fixture.stripe.requests("POST", "/v1/subscriptions").get(0);
    assertThat(sent.param("customer")).contains(customer);
    assertThat(sent.param("items[0][quantity]")).contains("7");
    assertThat(sent.param("items[0][price]"))
        .contains(fixture.stripe.state().prices().get(0).get("id").asText());
    assertThat(sent.param("payment_behavior")).contains("error_if_incomplete");
    // The test token attached as a PaymentMethod of its own, and that one is charged.
    assertThat(sent.param("default_payment_method"))
        .contains(fixture.attachedAs(customer, "pm_card_visa"))
        .isNotEqualTo(java.util.Optional.of("pm_card_visa"));
    assertThat(sent.params()).doesNotContainKey("trial_period_days");
    assertThat(sent.map("metadata"))
        .containsEntry("subscription_id", "s-1")
        .containsEntry("organization_id", "o-1");
    assertThat(sent.header("Idempotency-Key")).contains("sub-1");
    assertThat(created.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(created.seats()).isEqualTo(7);
    assertThat(created.customerId()).isEqualTo(customer);
    assertThat(created.priceLookupKey()).contains("openlicensing:pro:v1:monthly:eur");
    assertThat(created.metadata()).containsEntry("subscription_id", "s-1");
    assertThat(created.latestInvoiceId()).isPresent();
  }

  @Test
  void readsTheCurrentPeriodFromTheSubscriptionItem() {
    String customer = fixture.customerPaying("pm_card_visa");

    ProviderSubscription monthly =
        fixture.provider.createSubscription(
            fixture.subscription(customer, "pm_card_visa", PRO, 1, 0), "m");
    ProviderSubscription yearly =
        fixture.provider.createSubscription(
            fixture.subscription(customer, "pm_card_visa", PRO_YEARLY, 1, 0), "y");

    assertThat(monthly.currentPeriodStart()).isEqualTo(StandInFixture.NOW);
    // Stripe bills on the calendar: 31 January plus one month is 28 February.
    assertThat(monthly.currentPeriodEnd()).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
    assertThat(yearly.currentPeriodEnd()).isEqualTo(Instant.parse("2027-01-31T10:00:00Z"));
    RecordedRequest yearlyPrice = fixture.stripe.requests("POST", "/v1/prices").get(1);
    assertThat(yearlyPrice.param("recurring[interval]")).contains("year");
    assertThat(yearlyPrice.param("unit_amount")).contains("15000");
  }

  @Test
  void createsTheProductAndPriceTheFirstTimeThenFindsThePriceByLookupKey() {
    String customer = fixture.customerPaying("pm_card_visa");

    fixture.provider.createSubscription(
        fixture.subscription(customer, "pm_card_visa", PRO, 2, 0), "first");
    fixture.provider.createSubscription(
        fixture.subscription(customer, "pm_card_visa", PRO, 3, 0), "second");

    assertThat(fixture.stripe.state().products()).hasSize(1);
    assertThat(fixture.stripe.state().prices()).hasSize(1);
    assertThat(fixture.stripe.requests("POST", "/v1/prices")).hasSize(1);
    RecordedRequest lookup = fixture.stripe.requests("GET", "/v1/prices").get(1);
    assertThat(lookup.list("lookup_keys")).containsExactly("openlicensing:pro:v1:monthly:eur");
    assertThat(lookup.param("active")).contains("true");
    RecordedRequest product = fixture.stripe.requests("POST", "/v1/products").get(0);
    assertThat(product.param("id")).contains("openlicensing_pro");
    assertThat(product.param("name")).contains("Pro");
    assertThat(product.header("Idempotency-Key")).contains("first:product");
    RecordedRequest price = fixture.stripe.requests("POST", "/v1/prices").get(0);
    assertThat(price.param("unit_amount")).contains("1500");
    assertThat(price.param("currency")).contains("eur");
    assertThat(price.param("recurring[interval]")).contains("month");
    assertThat(price.param("lookup_key")).contains("openlicensing:pro:v1:monthly:eur");
    assertThat(price.param("product")).contains("openlicensing_pro");
    assertThat(price.header("Idempotency-Key")).contains("first:price");
  }

  @Test
  void usesTheExistingProductWhenAnotherCallAlreadyMadeIt() {
    String customer = fixture.customerPaying("pm_card_visa");
    PriceRef newVersion =
        new PriceRef("pro", "Pro", 2, BillingPeriod.MONTHLY, Money.of(1_700, "EUR"));

    fixture.provider.createSubscription(
        fixture.subscription(customer, "pm_card_visa", PRO, 1, 0), "v1");
    ProviderSubscription second =
        fixture.provider.createSubscription(
            fixture.subscription(customer, "pm_card_visa", newVersion, 1, 0), "v2");

    assertThat(fixture.stripe.state().products()).hasSize(1);
    assertThat(fixture.stripe.state().prices()).hasSize(2);
    assertThat(second.priceLookupKey()).contains("openlicensing:pro:v2:monthly:eur");
  }

  @Test
  void refusesAPriceFoundByLookupKeyWhoseAmountDiffersFromTheCatalog() {
    String customer = fixture.customerPaying("pm_card_visa");
    fixture.provider.createSubscription(
        fixture.subscription(customer, "pm_card_visa", PRO, 1, 0), "a");
    PriceRef changedWithoutNewVersion =
        new PriceRef("pro", "Pro", 1, BillingPeriod.MONTHLY, Money.of(1_900, "EUR"));

    assertThatThrownBy(
            () ->
                fixture.provider.createSubscription(
                    fixture.subscription(customer, "pm_card_visa", changedWithoutNewVersion, 1, 0),
                    "b"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.INVALID_REQUEST));
    assertThat(fixture.stripe.requests("POST", "/v1/subscriptions")).hasSize(1);
  }

  @Test
  void startsATrialWithoutChargingAndReportsItsEnd() {
    String customer = fixture.customerPaying("pm_card_visa");

    ProviderSubscription trial =
        fixture.provider.createSubscription(
            fixture.subscription(customer, "pm_card_visa", PRO, 5, 14), "trial");

    assertThat(
            fixture.stripe.requests("POST", "/v1/subscriptions").get(0).param("trial_period_days"))
        .contains("14");
    assertThat(trial.status()).isEqualTo(SubscriptionStatus.TRIALING);
    assertThat(trial.trialEnd()).contains(StandInFixture.NOW.plus(Duration.ofDays(14)));
    assertThat(fixture.provider.fetchInvoice(trial.latestInvoiceId().get()).total()).isZero();
  }

  @Test
  void aDeclinedFirstPaymentIsCardDeclinedAndLeavesNoSubscription() {
    String customer = fixture.customerPaying("pm_card_chargeDeclinedInsufficientFunds");

    assertThatThrownBy(
            () ->
                fixture.provider.createSubscription(
                    fixture.subscription(
                        customer, "pm_card_chargeDeclinedInsufficientFunds", PRO, 3, 0),
                    "declined"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProviderException.Kind.CARD_DECLINED);
              assertThat(e.declineCode()).contains("insufficient_funds");
            });
    assertThat(fixture.stripe.state().subscription("sub_standin0001")).isEmpty();
  }

  @Test
  void aFirstPaymentThatNeedsAuthenticationIsActionRequired() {
    String customer = fixture.customerPaying("pm_card_authenticationRequired");

    assertThatThrownBy(
            () ->
                fixture.provider.createSubscription(
                    fixture.subscription(customer, "pm_card_authenticationRequired", PRO, 1, 0),
                    "3ds"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.ACTION_REQUIRED));
  }

  @Test
  void changesSeatsOnTheSingleItemWithTheProrationBehaviourAsked() {
    ProviderSubscription created = subscribed(3);
    String itemId = itemId(created.id());

    ProviderSubscription changed =
        fixture.provider.changeSubscription(
            created.id(),
            new ProviderSubscriptionChange(
                Optional.of(5), Optional.empty(), ProrationBehavior.CREATE_PRORATIONS),
            "seats-5");

    RecordedRequest sent =
        fixture.stripe.requests("POST", "/v1/subscriptions/" + created.id()).get(0);
    assertThat(sent.param("items[0][id]")).contains(itemId);
    assertThat(sent.param("items[0][quantity]")).contains("5");
    assertThat(sent.params()).doesNotContainKey("items[0][price]");
    assertThat(sent.param("proration_behavior")).contains("create_prorations");
    assertThat(sent.param("payment_behavior")).contains("error_if_incomplete");
    assertThat(sent.header("Idempotency-Key")).contains("seats-5");
    assertThat(changed.seats()).isEqualTo(5);
    assertThat(fixture.provider.fetchSubscription(created.id()).seats()).isEqualTo(5);
  }

  @Test
  void alwaysInvoiceBillsTheProrationsAtOnce() {
    ProviderSubscription created = subscribed(2);
    fixture.stripe.state().advance(Duration.ofDays(14));

    ProviderSubscription changed =
        fixture.provider.changeSubscription(
            created.id(),
            new ProviderSubscriptionChange(
                Optional.of(4), Optional.empty(), ProrationBehavior.ALWAYS_INVOICE),
            "seats-4");

    assertThat(
            fixture
                .stripe
                .requests("POST", "/v1/subscriptions/.*")
                .get(0)
                .param("proration_behavior"))
        .contains("always_invoice");
    assertThat(changed.latestInvoiceId()).isPresent().isNotEqualTo(created.latestInvoiceId());
    var invoice = fixture.provider.fetchInvoice(changed.latestInvoiceId().get());
    assertThat(invoice.billingReason()).isEqualTo("subscription_update");
    assertThat(invoice.lines())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line.proration()).isTrue());
    assertThat(invoice.lines().get(0).amount()).isNegative();
    assertThat(invoice.lines().get(1).amount()).isPositive();
    assertThat(invoice.total())
        .isEqualTo(invoice.lines().get(0).amount() + invoice.lines().get(1).amount());
  }

  @Test
  void noneSendsNoProrations() {
    ProviderSubscription created = subscribed(2);

    ProviderSubscription changed =
        fixture.provider.changeSubscription(
            created.id(),
            new ProviderSubscriptionChange(
                Optional.of(1), Optional.empty(), ProrationBehavior.NONE),
            "down");

    assertThat(
            fixture
                .stripe
                .requests("POST", "/v1/subscriptions/.*")
                .get(0)
                .param("proration_behavior"))
        .contains("none");
    assertThat(changed.latestInvoiceId()).isEqualTo(created.latestInvoiceId());
    assertThat(changed.seats()).isEqualTo(1);
  }

  @Test
  void changesThePriceResolvingTheNewOneByLookupKey() {
    ProviderSubscription created = subscribed(2);

    ProviderSubscription yearly =
        fixture.provider.changeSubscription(
            created.id(),
            new ProviderSubscriptionChange(
                Optional.empty(), Optional.of(PRO_YEARLY), ProrationBehavior.CREATE_PRORATIONS),
            "to-yearly");

    RecordedRequest sent =
        fixture.stripe.requests("POST", "/v1/subscriptions/" + created.id()).get(0);
    assertThat(sent.param("items[0][price]")).isPresent();
    assertThat(sent.params()).doesNotContainKey("items[0][quantity]");
    assertThat(fixture.stripe.requests("POST", "/v1/prices").get(0).header("Idempotency-Key"))
        .contains("to-yearly:price");
    assertThat(yearly.priceLookupKey()).contains(PRO_YEARLY.lookupKey());
    assertThat(yearly.seats()).isEqualTo(2);
  }

  @Test
  void cancelsAtThePeriodEndAndResumes() {
    ProviderSubscription created = subscribed(1);

    ProviderSubscription ending = fixture.provider.cancelAtPeriodEnd(created.id(), true, "end");
    ProviderSubscription resumed =
        fixture.provider.cancelAtPeriodEnd(created.id(), false, "resume");

    var sent = fixture.stripe.requests("POST", "/v1/subscriptions/" + created.id());
    assertThat(sent.get(0).param("cancel_at_period_end")).contains("true");
    assertThat(sent.get(1).param("cancel_at_period_end")).contains("false");
    assertThat(ending.cancelAtPeriodEnd()).isTrue();
    assertThat(ending.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(resumed.cancelAtPeriodEnd()).isFalse();
  }

  @Test
  void cancelsNowWithADeleteAndARepeatedCancelAnswersTheEndedSubscription() {
    ProviderSubscription created = subscribed(1);
    fixture.stripe.state().advance(Duration.ofDays(3));

    ProviderSubscription canceled = fixture.provider.cancelNow(created.id(), "cancel");
    ProviderSubscription again = fixture.provider.cancelNow(created.id(), "cancel");

    assertThat(fixture.stripe.requests("DELETE", "/v1/subscriptions/" + created.id())).hasSize(2);
    Instant threeDaysLater = StandInFixture.NOW.plus(Duration.ofDays(3));
    assertThat(canceled.status()).isEqualTo(SubscriptionStatus.CANCELED);
    assertThat(canceled.canceledAt()).contains(threeDaysLater);
    assertThat(canceled.endedAt()).contains(threeDaysLater);
    assertThat(again).isEqualTo(canceled);
  }

  @Test
  void fetchesTheSubscriptionAsStripeHoldsIt() {
    ProviderSubscription created = subscribed(4);

    assertThat(fixture.provider.fetchSubscription(created.id())).isEqualTo(created);
  }

  @Test
  void refusesASubscriptionWithMoreItemsThanTheLibraryManages() {
    ProviderSubscription created = subscribed(1);
    var stored = fixture.stripe.state().subscription(created.id()).orElseThrow();
    ArrayNode items = (ArrayNode) stored.get("items").get("data");
    items.add(items.get(0).deepCopy());

    assertThatThrownBy(() -> fixture.provider.fetchSubscription(created.id()))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProviderException.Kind.INVALID_REQUEST);
              assertThat(e.getMessage()).contains("has 2 items");
            });
  }

  @Test
  void anUnknownSubscriptionIsNotFound() {
    assertThatThrownBy(() -> fixture.provider.fetchSubscription("sub_missing"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.NOT_FOUND));
  }

  private ProviderSubscription subscribed(int seats) {
    String customer = fixture.customerPaying("pm_card_visa");
    ProviderSubscription created =
        fixture.provider.createSubscription(
            fixture.subscription(customer, "pm_card_visa", PRO, seats, 0), "create");
    fixture.stripe.clearRequests();
    return created;
  }

  private String itemId(String subscriptionId) {
    return fixture
        .stripe
        .state()
        .subscription(subscriptionId)
        .get()
        .get("items")
        .get("data")
        .get(0)
        .get("id")
        .asText();
  }
}
