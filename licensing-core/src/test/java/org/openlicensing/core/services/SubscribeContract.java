package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** The rules of the service, on whatever store {@link #persistence()} gives. */
public abstract class SubscribeContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    ada = fixture.customer();
  }

  private Principal ada;

  private Subscription subscribe(String plan, Integer seats, String paymentMethod, String key) {
    return fixture
        .licensing
        .subscriptions()
        .subscribe(
            CoreFixture.caller(ada),
            new NewSubscription(null, plan, seats, BillingPeriod.MONTHLY, paymentMethod),
            key);
  }

  private List<LicenseView> licenses() {
    return fixture.licensing.licenses().visibleTo(CoreFixture.caller(ada), null, 100).items();
  }

  @Test
  void aPaidOrderMakesAnActiveSubscriptionAndOneLicensePerSeat() {
    Subscription subscription = subscribe("pro", 3, "pm_card_visa", null);

    assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(subscription.periodTotal().amount()).isEqualTo(3 * 2_900);
    assertThat(subscription.currentPeriodEnd())
        .isEqualTo(BillingPeriod.MONTHLY.after(subscription.currentPeriodStart()));
    assertThat(licenses())
        .hasSize(3)
        .allSatisfy(
            view -> {
              assertThat(view.license().subscriptionId()).isEqualTo(subscription.id());
              assertThat(view.license().expiresAt()).isEqualTo(subscription.currentPeriodEnd());
              assertThat(view.license().maxActivations()).isEqualTo(3);
            });
  }

  @Test
  void aDeclinedCardIsPaymentFailedAndLeavesNothing() {
    LicensingException e =
        catchThrowableOfType(
            LicensingException.class, () -> subscribe("pro", 3, "pm_card_chargeDeclined", null));

    assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_FAILED);
    assertThat(e.getMessage()).contains("generic_decline");
    assertThat(licenses()).isEmpty();
    assertThat(fixture.licensing.subscriptions().visibleTo(CoreFixture.caller(ada))).isEmpty();
  }

  @Test
  void seatsOutsideThePlansBoundsAreRefused() {
    LicensingException tooFew =
        catchThrowableOfType(
            LicensingException.class, () -> subscribe("enterprise", 2, "pm_card_visa", null));
    LicensingException tooMany =
        catchThrowableOfType(
            LicensingException.class, () -> subscribe("basic", 6, "pm_card_visa", null));

    assertThat(tooFew.fieldErrors()).extracting(FieldError::field).containsExactly("seats");
    assertThat(tooMany.fieldErrors()).extracting(FieldError::field).containsExactly("seats");
  }

  @Test
  void anUnknownPlanAndMissingFieldsAreNamed() {
    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .subscriptions()
                    .subscribe(
                        CoreFixture.caller(ada),
                        new NewSubscription(null, "platinum", null, null, null),
                        null));

    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("plan", "seats", "billingPeriod", "paymentMethod");
  }

  @Test
  void anUnknownPaymentMethodIsNamed() {
    LicensingException e =
        catchThrowableOfType(
            LicensingException.class, () -> subscribe("pro", 1, "pm_does_not_exist", null));

    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("paymentMethod");
  }

  @Test
  void theSameIdempotencyKeyBuysOnce() {
    Subscription first = subscribe("pro", 2, "pm_card_visa", "order-42");
    Subscription again = subscribe("pro", 2, "pm_card_visa", "order-42");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(licenses()).hasSize(2);
  }

  @Test
  void anotherAccountsOrganizationIsNotFound() {
    Principal mallory = fixture.customer();
    UUID adasOrganization =
        fixture.licensing.accounts().get(ada.accountId()).personalOrganizationId();

    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .subscriptions()
                    .subscribe(
                        CoreFixture.caller(mallory),
                        new NewSubscription(
                            adasOrganization, "pro", 1, BillingPeriod.MONTHLY, "pm_card_visa"),
                        null));

    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void anotherAccountCannotReadTheSubscription() {
    Subscription mine = subscribe("basic", 1, "pm_card_visa", null);
    Principal mallory = fixture.customer();

    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () -> fixture.licensing.subscriptions().get(CoreFixture.caller(mallory), mine.id()));

    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(fixture.licensing.subscriptions().get(CoreFixture.caller(ada), mine.id()))
        .isEqualTo(mine);
  }
}
