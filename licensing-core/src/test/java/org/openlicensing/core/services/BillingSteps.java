package org.openlicensing.core.services;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.licenses.License;
import org.openlicensing.core.testing.CoreFixture;

/** What the billing contracts do again and again: buy, change, move the clock, read back. */
final class BillingSteps {
  /** A plan with a 14-day trial, priced like Pro. */
  static final Plan TRIAL_PLAN =
      new Plan(
          "trialing",
          "Trialing",
          "Pro with a trial.",
          List.of(
              new Price(BillingPeriod.MONTHLY, Money.of(2_900, "EUR")),
              new Price(BillingPeriod.YEARLY, Money.of(29_000, "EUR"))),
          1,
          50,
          14,
          Set.of("core"),
          new LicensePolicy(3, false, true, 7, Duration.ofDays(14)),
          false);

  final CoreFixture fixture;
  final Principal owner;

  BillingSteps(CoreFixture fixture, Principal owner) {
    this.fixture = fixture;
    this.owner = owner;
  }

  Caller caller() {
    return CoreFixture.caller(owner);
  }

  void addTrialPlan() {
    fixture.store.transactions().run(() -> fixture.store.plans().insertIfAbsent(TRIAL_PLAN));
  }

  Subscription subscribe(UUID organizationId, String plan, int seats, String paymentMethod) {
    return fixture
        .licensing
        .subscriptions()
        .subscribe(
            caller(),
            new NewSubscription(organizationId, plan, seats, BillingPeriod.MONTHLY, paymentMethod),
            null);
  }

  Subscription subscribe(String plan, int seats, String paymentMethod) {
    return subscribe(null, plan, seats, paymentMethod);
  }

  Subscription change(UUID id, Integer seats, String plan, String paymentMethod) {
    return fixture
        .licensing
        .subscriptions()
        .change(
            caller(),
            id,
            new SubscriptionChange(seats, plan, paymentMethod),
            null,
            ClientInfo.UNKNOWN);
  }

  Subscription read(UUID id) {
    return fixture.licensing.subscriptions().get(caller(), id);
  }

  /** The subscription's invoices, newest first. */
  List<Invoice> invoices(Subscription subscription) {
    return fixture
        .licensing
        .billing()
        .invoices()
        .list(caller(), subscription.organizationId(), null, 100)
        .items()
        .stream()
        .filter(i -> i.subscriptionId().equals(java.util.Optional.of(subscription.id())))
        .toList();
  }

  List<License> licenses(Subscription subscription) {
    return fixture
        .store
        .transactions()
        .inTransaction(
            () ->
                fixture.licensing.licenses().visibleTo(caller(), null, 100).items().stream()
                    .map(view -> view.license())
                    .filter(l -> l.subscriptionId().equals(subscription.id()))
                    .toList());
  }

  void moveTo(Instant at) {
    fixture.clock.advance(Duration.between(fixture.clock.instant(), at));
  }

  void advance(Duration duration) {
    fixture.clock.advance(duration);
  }

  int renewDue() {
    return fixture.licensing.billing().renewDue();
  }

  int collectDue() {
    return fixture.licensing.billing().collectDue();
  }

  int lapseDue() {
    return fixture.licensing.billing().lapseDue();
  }
}
