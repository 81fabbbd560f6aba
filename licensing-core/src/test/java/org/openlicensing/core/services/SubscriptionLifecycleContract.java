package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * The life of a subscription on the sandbox gateway with a moved clock: trial, first payment,
 * renewal, a failed payment and its dunning, suspended licenses, recovery; and the ways it ends.
 */
public abstract class SubscriptionLifecycleContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private BillingSteps steps;
  private String ownerEmail;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    steps = new BillingSteps(fixture, fixture.customer());
    steps.addTrialPlan();
    ownerEmail = fixture.licensing.accounts().get(steps.owner.accountId()).email();
  }

  private List<Email> mailsTo(String subjectPart) {
    fixture.deliverMail();
    return fixture.mailer.sentTo(ownerEmail).stream()
        .filter(m -> m.subject().contains(subjectPart))
        .toList();
  }

  @Test
  void trialThenActiveThenRenewalThenFailedPaymentDunningSuspensionAndRecovery() {
    Instant start = fixture.clock.instant();
    Subscription trial = steps.subscribe("trialing", 2, "pm_card_visa");
    assertThat(trial.status()).isEqualTo(SubscriptionStatus.TRIALING);
    Instant trialEnd = start.plus(Duration.ofDays(14));
    assertThat(trial.trialEnd()).contains(trialEnd);
    assertThat(steps.invoices(trial)).isEmpty();
    assertThat(steps.licenses(trial)).extracting(License::expiresAt).containsOnly(trialEnd);

    // The trial ends: the first period is invoiced and paid, the licenses run a month more.
    steps.moveTo(trialEnd);
    assertThat(steps.renewDue()).isEqualTo(1);
    Subscription active = steps.read(trial.id());
    Instant firstEnd = BillingPeriod.MONTHLY.after(trialEnd);
    assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(active.currentPeriodStart()).isEqualTo(trialEnd);
    assertThat(active.currentPeriodEnd()).isEqualTo(firstEnd);
    Invoice first = steps.invoices(trial).get(0);
    assertThat(first.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(first.reason()).isEqualTo(InvoiceReason.SUBSCRIPTION_CYCLE);
    assertThat(first.subtotal().amount()).isEqualTo(2 * 2_900);
    assertThat(first.tax().rateBasisPoints()).isEqualTo(1_900);
    assertThat(first.total().amount()).isEqualTo(5_800 + 1_102);
    assertThat(steps.licenses(trial)).extracting(License::expiresAt).containsOnly(firstEnd);
    List<Email> paid = mailsTo(first.number());
    assertThat(paid).hasSize(1);
    assertThat(paid.get(0).attachments())
        .singleElement()
        .satisfies(a -> assertThat(a.filename()).startsWith(first.number()));
    assertThat(steps.renewDue()).as("a second run finds nothing due").isZero();

    // The card on file starts failing; the renewal fails and dunning begins.
    steps.change(trial.id(), null, null, "pm_card_chargeCustomerFail");
    steps.moveTo(firstEnd);
    assertThat(steps.renewDue()).isEqualTo(1);
    Subscription pastDue = steps.read(trial.id());
    assertThat(pastDue.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
    assertThat(pastDue.dunning().failedAttempts()).isEqualTo(1);
    assertThat(pastDue.dunning().pastDueSince()).contains(firstEnd);
    assertThat(pastDue.dunning().nextAttemptAt()).contains(firstEnd.plus(Duration.ofDays(1)));
    Invoice second = steps.invoices(trial).get(0);
    assertThat(second.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(steps.licenses(trial))
        .allSatisfy(
            l -> {
              assertThat(l.status()).isEqualTo(LicenseStatus.ACTIVE);
              assertThat(l.expiresAt()).isEqualTo(firstEnd);
            });
    assertThat(mailsTo("failed")).hasSize(1);

    // Retries on days 1, 3 and 5 fail; then the licenses are suspended and the subscription UNPAID.
    assertThat(steps.collectDue()).as("nothing due before day 1").isZero();
    assertThat(steps.read(trial.id()).dunning().failedAttempts()).isEqualTo(1);
    steps.moveTo(firstEnd.plus(Duration.ofDays(1)));
    steps.collectDue();
    assertThat(steps.read(trial.id()).dunning().nextAttemptAt())
        .contains(firstEnd.plus(Duration.ofDays(3)));
    steps.moveTo(firstEnd.plus(Duration.ofDays(3)));
    steps.collectDue();
    steps.moveTo(firstEnd.plus(Duration.ofDays(5)));
    steps.collectDue();
    Subscription unpaid = steps.read(trial.id());
    assertThat(unpaid.status()).isEqualTo(SubscriptionStatus.UNPAID);
    assertThat(unpaid.dunning().failedAttempts()).isEqualTo(4);
    assertThat(unpaid.dunning().nextAttemptAt()).isEmpty();
    assertThat(steps.licenses(trial))
        .extracting(License::status)
        .containsOnly(LicenseStatus.SUSPENDED);
    assertThat(mailsTo("failed")).hasSize(3);
    assertThat(mailsTo("suspended")).hasSize(1);
    steps.advance(Duration.ofDays(30));
    assertThat(steps.collectDue()).as("no more retries").isZero();

    // A new card pays the open invoice at once: active again, licenses running to the period end.
    Subscription recovered = steps.change(trial.id(), null, null, "pm_card_visa");
    assertThat(recovered.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(recovered.dunning().failedAttempts()).isZero();
    Instant secondEnd = BillingPeriod.MONTHLY.after(firstEnd);
    assertThat(recovered.currentPeriodEnd()).isEqualTo(secondEnd);
    assertThat(steps.invoices(trial).get(0).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(steps.licenses(trial))
        .allSatisfy(
            l -> {
              assertThat(l.status()).isEqualTo(LicenseStatus.ACTIVE);
              assertThat(l.expiresAt()).isEqualTo(secondEnd);
            });
  }

  @Test
  void aPaymentMethodThatIsDeclinedTooLeavesTheInvoiceOpen() {
    Subscription subscription = steps.subscribe("pro", 1, "pm_card_visa");
    steps.change(subscription.id(), null, null, "pm_card_chargeCustomerFail");
    steps.moveTo(subscription.currentPeriodEnd());
    steps.renewDue();

    LicensingException refused =
        catchThrowableOfType(
            LicensingException.class,
            () -> steps.change(subscription.id(), null, null, "pm_card_chargeDeclinedExpiredCard"));

    assertThat(refused.code()).isEqualTo(ErrorCode.PAYMENT_FAILED);
    Subscription pastDue = steps.read(subscription.id());
    assertThat(pastDue.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
    assertThat(pastDue.dunning().failedAttempts()).isEqualTo(2);
    assertThat(steps.invoices(subscription).get(0).status()).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void aSubscriptionCanceledAtThePeriodEndEndsThenAndItsLicensesExpireAfterTheirGrace() {
    Subscription subscription = steps.subscribe("pro", 2, "pm_card_visa");
    fixture.licensing.subscriptions().cancel(steps.caller(), subscription.id(), ClientInfo.UNKNOWN);

    steps.moveTo(subscription.currentPeriodEnd());
    assertThat(steps.renewDue()).isEqualTo(1);

    Subscription ended = steps.read(subscription.id());
    assertThat(ended.status()).isEqualTo(SubscriptionStatus.CANCELED);
    assertThat(ended.endedAt()).contains(subscription.currentPeriodEnd());
    assertThat(steps.invoices(subscription)).as("no renewal invoice").hasSize(1);
    assertThat(steps.lapseDue()).as("Pro's licenses have 7 days of grace").isZero();
    steps.advance(Duration.ofDays(7).plusSeconds(1));
    assertThat(steps.lapseDue()).isEqualTo(2);
    assertThat(steps.licenses(subscription))
        .extracting(License::status)
        .containsOnly(LicenseStatus.EXPIRED);
  }

  @Test
  void aCancellationTakenBackBeforeTheEndRenewsAsUsual() {
    Subscription subscription = steps.subscribe("pro", 1, "pm_card_visa");
    fixture.licensing.subscriptions().cancel(steps.caller(), subscription.id(), ClientInfo.UNKNOWN);

    Subscription resumed =
        fixture
            .licensing
            .subscriptions()
            .resume(steps.caller(), subscription.id(), ClientInfo.UNKNOWN);
    assertThat(resumed.cancelAtPeriodEnd()).isFalse();
    assertThat(resumed.canceledAt()).isEmpty();

    steps.moveTo(subscription.currentPeriodEnd());
    steps.renewDue();
    assertThat(steps.read(subscription.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(steps.invoices(subscription)).hasSize(2);
  }

  @Test
  void endingNowExpiresTheLicensesAtOnceAndNothingMoreCanHappen() {
    Subscription subscription = steps.subscribe("pro", 2, "pm_card_visa");
    steps.advance(Duration.ofDays(3));
    Instant now = fixture.clock.instant();

    Subscription ended =
        fixture
            .licensing
            .subscriptions()
            .cancelNow(steps.caller(), subscription.id(), ClientInfo.UNKNOWN);

    assertThat(ended.status()).isEqualTo(SubscriptionStatus.CANCELED);
    assertThat(ended.endedAt()).contains(now);
    assertThat(steps.licenses(subscription))
        .allSatisfy(
            l -> {
              assertThat(l.status()).isEqualTo(LicenseStatus.EXPIRED);
              assertThat(l.expiresAt()).isEqualTo(now);
            });
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .subscriptions()
                        .resume(steps.caller(), subscription.id(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.INVALID_STATE_TRANSITION);
    assertThat(codeOf(() -> steps.change(subscription.id(), 3, null, null)))
        .isEqualTo(ErrorCode.INVALID_STATE_TRANSITION);
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .subscriptions()
                        .cancelNow(steps.caller(), subscription.id(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.INVALID_STATE_TRANSITION);
    steps.moveTo(subscription.currentPeriodEnd());
    assertThat(steps.renewDue()).as("an ended subscription never renews").isZero();
  }

  @Test
  void resumingASubscriptionThatIsNotCanceledIsRefused() {
    Subscription subscription = steps.subscribe("pro", 1, "pm_card_visa");

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .subscriptions()
                        .resume(steps.caller(), subscription.id(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.INVALID_STATE_TRANSITION);
  }

  @Test
  void theFirstInvoiceIsPaidWithTheSubscriptionAndMailedWithItsDocument() {
    Subscription subscription = steps.subscribe("pro", 3, "pm_card_visa");

    List<Invoice> invoices = steps.invoices(subscription);
    assertThat(invoices)
        .singleElement()
        .satisfies(
            invoice -> {
              assertThat(invoice.reason()).isEqualTo(InvoiceReason.SUBSCRIPTION_CREATE);
              assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
              assertThat(invoice.number()).matches("INV-2031-\\d{6}");
              assertThat(invoice.amountPaid()).isEqualTo(invoice.total());
              assertThat(invoice.paidAt()).contains(subscription.createdAt());
              assertThat(invoice.lines())
                  .singleElement()
                  .satisfies(
                      line -> {
                        assertThat(line.quantity()).isEqualTo(3);
                        assertThat(line.amount().amount()).isEqualTo(3 * 2_900);
                        assertThat(line.periodStart()).isEqualTo(subscription.currentPeriodStart());
                        assertThat(line.periodEnd()).isEqualTo(subscription.currentPeriodEnd());
                      });
            });
    assertThat(mailsTo(invoices.get(0).number())).hasSize(1);
    assertThat(subscription.paymentMethod()).contains("pm_card_visa");
    assertThat(subscription.priceVersion()).isEqualTo(1);
  }

  @Test
  void aTrialWithAnUnknownPaymentMethodIsRefusedThoughNothingIsCharged() {
    LicensingException refused =
        catchThrowableOfType(
            LicensingException.class, () -> steps.subscribe("trialing", 1, "pm_card_nonsense"));

    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(refused.fieldErrors()).extracting(e -> e.field()).containsExactly("paymentMethod");
    assertThat(fixture.licensing.subscriptions().visibleTo(steps.caller())).isEmpty();
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }
}
