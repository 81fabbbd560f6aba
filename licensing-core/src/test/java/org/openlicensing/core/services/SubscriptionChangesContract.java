package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.ScheduledChange;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceLineKind;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * Changes of seats and plan: upgrades at once with a prorated invoice, downgrades at the end of the
 * period, never below the licenses assigned; a declined payment changes nothing. The subscriptions
 * start at {@code TestData.NOW}, 4 March, so their first month has 31 days; changes happen 10 days
 * in, with 21 days, 21/31 of the period, left.
 */
public abstract class SubscriptionChangesContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private BillingSteps steps;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    steps = new BillingSteps(fixture, fixture.customer());
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private List<License> live(Subscription subscription) {
    return steps.licenses(subscription).stream()
        .filter(l -> l.status() != LicenseStatus.REVOKED)
        .toList();
  }

  @Test
  void moreSeatsApplyAtOnceWithAnInvoiceForTheRestOfThePeriod() {
    Subscription subscription = steps.subscribe("pro", 2, "pm_card_visa");
    steps.advance(Duration.ofDays(10));

    Subscription changed = steps.change(subscription.id(), 5, null, null);

    assertThat(changed.seats()).isEqualTo(5);
    assertThat(changed.currentPeriodEnd()).isEqualTo(subscription.currentPeriodEnd());
    assertThat(live(subscription)).hasSize(5);
    Invoice proration = steps.invoices(subscription).get(0);
    assertThat(proration.reason()).isEqualTo(InvoiceReason.SUBSCRIPTION_UPDATE);
    // 3 seats × 29.00 × 21/31 = 58.9354… → 58.94
    assertThat(proration.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.kind()).isEqualTo(InvoiceLineKind.PRORATION);
              assertThat(line.amount().amount()).isEqualTo(5_894);
              assertThat(line.periodEnd()).isEqualTo(subscription.currentPeriodEnd());
            });
    assertThat(proration.tax().amount().amount()).isEqualTo(1_120); // 19 % of 58.94 = 11.1986
    assertThat(proration.amountPaid().amount()).isEqualTo(5_894 + 1_120);
  }

  @Test
  void aDearerPlanAppliesAtOnceCreditingTheUnusedPartOfTheOldOne() {
    Subscription subscription = steps.subscribe("basic", 2, "pm_card_visa");
    steps.advance(Duration.ofDays(10));

    Subscription changed = steps.change(subscription.id(), null, "pro", null);

    assertThat(changed.plan()).isEqualTo("pro");
    assertThat(changed.pricePerSeat().amount()).isEqualTo(2_900);
    Invoice upgrade = steps.invoices(subscription).get(0);
    // unused Basic: 2 × 9.00 × 21/31 = 12.1935… → −12.19; Pro: 2 × 29.00 × 21/31 = 39.2903… → 39.29
    assertThat(upgrade.lines())
        .extracting(l -> l.kind(), l -> l.amount().amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(InvoiceLineKind.CREDIT, -1_219L),
            org.assertj.core.groups.Tuple.tuple(InvoiceLineKind.PRORATION, 3_929L));
    assertThat(upgrade.subtotal().amount()).isEqualTo(2_710);
    assertThat(upgrade.total().amount()).isEqualTo(2_710 + 515);
    assertThat(live(subscription))
        .allSatisfy(
            l -> {
              assertThat(l.plan()).isEqualTo("pro");
              assertThat(l.maxActivations()).isEqualTo(3);
            });
  }

  @Test
  void aCheaperPlanWaitsForTheEndOfThePeriod() {
    Subscription subscription = steps.subscribe("pro", 2, "pm_card_visa");

    Subscription changed = steps.change(subscription.id(), null, "basic", null);

    assertThat(changed.plan()).isEqualTo("pro");
    assertThat(changed.scheduledChange()).contains(new ScheduledChange("basic", 2));
    assertThat(steps.invoices(subscription)).hasSize(1);

    steps.moveTo(subscription.currentPeriodEnd());
    steps.renewDue();
    Subscription renewed = steps.read(subscription.id());
    assertThat(renewed.plan()).isEqualTo("basic");
    assertThat(renewed.pricePerSeat().amount()).isEqualTo(900);
    assertThat(renewed.scheduledChange()).isEmpty();
    assertThat(steps.invoices(subscription).get(0).subtotal().amount()).isEqualTo(2 * 900);
    assertThat(live(subscription)).allSatisfy(l -> assertThat(l.maxActivations()).isEqualTo(1));
  }

  @Test
  void fewerSeatsWaitForTheEndAndNeverGoBelowTheAssignedLicenses() {
    Teams teams = new Teams(fixture);
    UUID team = teams.organizationOf(steps.owner);
    Principal first = teams.member(steps.owner, team, OrganizationRole.MEMBER);
    Principal second = teams.member(steps.owner, team, OrganizationRole.MEMBER);
    Subscription subscription = steps.subscribe(team, "pro", 4, "pm_card_visa");
    List<License> licenses = live(subscription);
    fixture
        .licensing
        .licenses()
        .assign(steps.caller(), licenses.get(0).id(), first.accountId(), ClientInfo.UNKNOWN);
    fixture
        .licensing
        .licenses()
        .assign(steps.caller(), licenses.get(1).id(), second.accountId(), ClientInfo.UNKNOWN);

    LicensingException tooFew =
        catchThrowableOfType(
            LicensingException.class, () -> steps.change(subscription.id(), 1, null, null));
    assertThat(tooFew.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(tooFew.fieldErrors()).extracting(e -> e.field()).containsExactly("seats");

    Subscription changed = steps.change(subscription.id(), 2, null, null);
    assertThat(changed.seats()).isEqualTo(4);
    assertThat(changed.scheduledChange()).contains(new ScheduledChange("pro", 2));
    assertThat(live(subscription)).hasSize(4);

    steps.moveTo(subscription.currentPeriodEnd());
    steps.renewDue();
    assertThat(steps.read(subscription.id()).seats()).isEqualTo(2);
    assertThat(steps.invoices(subscription).get(0).lines().get(0).quantity()).isEqualTo(2);
    assertThat(live(subscription))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l.assigneeId()).isPresent());
  }

  @Test
  void asManySeatsAsNowTakesBackAScheduledDowngrade() {
    Subscription subscription = steps.subscribe("pro", 3, "pm_card_visa");
    steps.change(subscription.id(), 1, null, null);

    Subscription kept = steps.change(subscription.id(), 3, null, null);

    assertThat(kept.scheduledChange()).isEmpty();
    assertThat(steps.invoices(subscription)).hasSize(1);
  }

  @Test
  void aDeclinedUpgradeChangesNothing() {
    Subscription subscription = steps.subscribe("pro", 1, "pm_card_visa");
    steps.change(subscription.id(), null, null, "pm_card_chargeCustomerFail");

    assertThat(codeOf(() -> steps.change(subscription.id(), 3, null, null)))
        .isEqualTo(ErrorCode.PAYMENT_FAILED);

    assertThat(steps.read(subscription.id()).seats()).isEqualTo(1);
    assertThat(live(subscription)).hasSize(1);
    assertThat(steps.invoices(subscription)).hasSize(1);
  }

  @Test
  void badChangesNameTheirFields() {
    Subscription subscription = steps.subscribe("pro", 1, "pm_card_visa");

    assertThat(codeOf(() -> steps.change(subscription.id(), null, null, null)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    LicensingException refused =
        catchThrowableOfType(
            LicensingException.class,
            () -> steps.change(subscription.id(), 0, "platinum", "pm_card_nonsense"));
    assertThat(refused.fieldErrors())
        .extracting(e -> e.field())
        .containsExactlyInAnyOrder("plan", "paymentMethod");
    assertThat(
            catchThrowableOfType(
                    LicensingException.class,
                    () -> steps.change(subscription.id(), 10_001, null, null))
                .fieldErrors())
        .extracting(e -> e.field())
        .containsExactly("seats");
  }

  @Test
  void duringATrialPlanAndSeatsChangeAtOnceAndCostNothing() {
    steps.addTrialPlan();
    Subscription trial = steps.subscribe("trialing", 1, "pm_card_visa");

    Subscription changed = steps.change(trial.id(), 6, "enterprise", null);

    assertThat(changed.plan()).isEqualTo("enterprise");
    assertThat(changed.seats()).isEqualTo(6);
    assertThat(steps.invoices(trial)).isEmpty();
    assertThat(live(trial))
        .hasSize(6)
        .allSatisfy(l -> assertThat(l.plan()).isEqualTo("enterprise"));
  }

  @Test
  void membersMayNotChangeAndStrangersDoNotSeeTheSubscription() {
    Teams teams = new Teams(fixture);
    UUID team = teams.organizationOf(steps.owner);
    Principal member = teams.member(steps.owner, team, OrganizationRole.MEMBER);
    Subscription subscription = steps.subscribe(team, "pro", 1, "pm_card_visa");
    Principal stranger = fixture.customer();
    var service = fixture.licensing.subscriptions();

    assertThat(
            codeOf(
                () ->
                    service.change(
                        CoreFixture.caller(member),
                        subscription.id(),
                        new org.openlicensing.api.billing.SubscriptionChange(2, null, null),
                        null,
                        ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(
            codeOf(
                () ->
                    service.cancelNow(
                        CoreFixture.caller(stranger), subscription.id(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(steps.read(subscription.id()).seats()).isEqualTo(1);
  }
}
