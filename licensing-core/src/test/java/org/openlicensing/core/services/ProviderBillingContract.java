package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.PaymentMethodSetup;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.organizations.NewOrganization;
import org.openlicensing.api.webhooks.WebhookEventQuery;
import org.openlicensing.api.webhooks.WebhookEventStatus;
import org.openlicensing.core.billing.provider.NewProviderSubscription;
import org.openlicensing.core.billing.provider.PriceRef;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;
import org.openlicensing.core.testing.FakeBillingProvider;
import org.openlicensing.core.testing.FakeStripeBook;
import org.openlicensing.core.webhooks.VerifiedEvent;

/**
 * Stripe mode's rules, against a fake payment service that behaves like Stripe: buying, changing
 * and ending through the service with keys derived from the client's, nothing stored when it
 * refuses, one customer per organization, and a mirror kept by the service's events that converges
 * on the service's state whatever their number and order.
 */
public abstract class ProviderBillingContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private FakeBillingProvider stripe;
  private FakeStripeBook book;
  private String email;
  private Caller owner;

  @BeforeEach
  void openStore() {
    fixture = CoreFixture.withProvider(persistence());
    stripe = fixture.provider;
    book = stripe.book();
    email = fixture.verifiedAccount();
    owner = CoreFixture.caller(fixture.signIn(email, CoreFixture.PASSWORD));
  }

  private Subscription subscribe(String plan, int seats, String paymentMethod, String key) {
    return fixture
        .licensing
        .subscriptions()
        .subscribe(
            owner,
            new NewSubscription(null, plan, seats, BillingPeriod.MONTHLY, paymentMethod),
            key);
  }

  private Subscription read(UUID id) {
    return fixture.licensing.subscriptions().get(owner, id);
  }

  private Subscription change(UUID id, Integer seats, String plan) {
    return fixture
        .licensing
        .subscriptions()
        .change(owner, id, new SubscriptionChange(seats, plan, null), null, ClientInfo.UNKNOWN);
  }

  private List<License> licenses(Subscription subscription) {
    return fixture.licensing.licenses().visibleTo(owner, null, 100).items().stream()
        .map(view -> view.license())
        .filter(l -> l.subscriptionId().equals(subscription.id()))
        .toList();
  }

  private long live(Subscription subscription) {
    return licenses(subscription).stream().filter(l -> l.status() != LicenseStatus.REVOKED).count();
  }

  private List<Invoice> invoices(Subscription subscription) {
    return fixture
        .licensing
        .billing()
        .invoices()
        .list(owner, subscription.organizationId(), null, 100)
        .items()
        .stream()
        .filter(i -> i.subscriptionId().equals(Optional.of(subscription.id())))
        .toList();
  }

  /** A signed event as the inbox stores it; returns its id, to deliver it again. */
  private String deliver(String type, String objectId) {
    String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
    deliver(eventId, type, objectId);
    return eventId;
  }

  private void deliver(String eventId, String type, String objectId) {
    fixture
        .licensing
        .webhooks()
        .inbox()
        .receive(
            new VerifiedEvent(
                "stripe", eventId, type, Optional.of(objectId), fixture.clock.instant(), "{}"));
  }

  private void process() {
    fixture.licensing.webhooks().processor().processAllDue();
    fixture.deliverMail();
  }

  private long mails(String subjectStart) {
    return fixture.mailer.sentTo(email).stream()
        .filter(m -> m.subject().startsWith(subjectStart))
        .count();
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private static String providerId(Subscription subscription) {
    return subscription.providerSubscriptionId().orElseThrow();
  }

  @Test
  void subscribingMakesOneServiceSubscriptionMirroredWithALicensePerSeat() {
    Subscription bought = subscribe("pro", 3, "pm_card_visa", "buy-1");

    var theirs = book.subscription(providerId(bought));
    assertThat(theirs.seats()).isEqualTo(3);
    assertThat(theirs.metadata())
        .containsEntry("subscription_id", bought.id().toString())
        .containsEntry("organization_id", bought.organizationId().toString());
    assertThat(bought.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(bought.currentPeriodEnd()).isEqualTo(theirs.currentPeriodEnd());
    // Stripe's test card attaches as a PaymentMethod of its own, and that one is charged.
    assertThat(bought.paymentMethod()).contains(book.defaultPaymentMethod(theirs.id()));
    assertThat(bought.paymentMethod()).isNotEqualTo(Optional.of("pm_card_visa"));
    assertThat(licenses(bought))
        .hasSize(3)
        .allSatisfy(l -> assertThat(l.expiresAt()).isEqualTo(theirs.currentPeriodEnd()));
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyMakesOneServiceSubscription() {
    Subscription first = subscribe("pro", 2, "pm_card_visa", "same-key");
    Subscription again = subscribe("pro", 2, "pm_card_visa", "same-key");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(book.subscriptionCount()).isEqualTo(1);
    assertThat(stripe.calls()).filteredOn(c -> c.startsWith("createSubscription")).hasSize(1);
  }

  @Test
  void anOrganizationIsOneCustomerHoweverOftenItBuysOrSetsUpACard() throws Exception {
    UUID organization = subscribe("basic", 1, "pm_card_visa", "a").organizationId();
    subscribe("pro", 1, "pm_card_visa", "b");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<PaymentMethodSetup>> setups =
          pool.invokeAll(
              List.of(
                  () ->
                      fixture
                          .licensing
                          .billing()
                          .paymentMethods()
                          .setUp(owner, organization, null, ClientInfo.UNKNOWN),
                  () ->
                      fixture
                          .licensing
                          .billing()
                          .paymentMethods()
                          .setUp(owner, organization, null, ClientInfo.UNKNOWN)));
      for (Future<PaymentMethodSetup> setup : setups) {
        assertThat(setup.get(30, TimeUnit.SECONDS).clientSecret()).contains("_secret_");
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(book.customerCount()).isEqualTo(1);
    assertThat(
            fixture
                .store
                .transactions()
                .inTransaction(
                    () -> fixture.store.billingCustomers().findByOrganization(organization)))
        .isPresent();
  }

  @Test
  void aNewOrganizationBecomesOneCustomerWhenRequestsRaceForIt() throws Exception {
    UUID organization =
        fixture
            .licensing
            .organizations()
            .create(owner, new NewOrganization("Race Ltd", null), ClientInfo.UNKNOWN)
            .organization()
            .id();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> setups =
          pool.invokeAll(
              Collections.nCopies(
                  4,
                  () ->
                      fixture
                          .licensing
                          .billing()
                          .paymentMethods()
                          .setUp(owner, organization, null, ClientInfo.UNKNOWN)
                          .id()));
      for (Future<String> setup : setups) {
        setup.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(book.customerCount()).isEqualTo(1);
  }

  @Test
  void aDeclinedCardAnswersPaymentFailedAndStoresNothing() {
    assertThat(codeOf(() -> subscribe("pro", 2, "pm_card_chargeDeclinedInsufficientFunds", "d")))
        .isEqualTo(ErrorCode.PAYMENT_FAILED);

    assertThat(fixture.licensing.subscriptions().visibleTo(owner)).isEmpty();
    assertThat(book.subscriptionCount()).isZero();
  }

  @Test
  void aCardThatNeedsTheCustomerAnswersPaymentActionRequired() {
    assertThat(codeOf(() -> subscribe("pro", 1, "pm_card_authenticationRequired", "3ds")))
        .isEqualTo(ErrorCode.PAYMENT_ACTION_REQUIRED);
    assertThat(fixture.licensing.subscriptions().visibleTo(owner)).isEmpty();
  }

  @Test
  void aPaymentMethodTheServiceDoesNotKnowIsNamedAsTheFieldAtFault() {
    LicensingException refused =
        catchThrowableOfType(
            LicensingException.class, () -> subscribe("pro", 1, "not-a-payment-method", "x"));

    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(refused.fieldErrors()).extracting(e -> e.field()).containsExactly("paymentMethod");
  }

  @Test
  void anUnreachableServiceAnswersServiceUnavailable() {
    stripe.failNext(ProviderException.Kind.UNAVAILABLE);

    assertThat(codeOf(() -> subscribe("pro", 1, "pm_card_visa", "down")))
        .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    assertThat(fixture.licensing.subscriptions().visibleTo(owner)).isEmpty();
  }

  @Test
  void moreSeatsAreInvoicedAtOnceAndLicensedAtOnce() {
    Subscription bought = subscribe("pro", 2, "pm_card_visa", "up");
    fixture.clock.advance(Duration.ofDays(10));

    Subscription changed = change(bought.id(), 5, null);

    assertThat(stripe.calls()).anyMatch(c -> c.startsWith("changeSubscription:ALWAYS_INVOICE"));
    assertThat(book.subscription(providerId(bought)).seats()).isEqualTo(5);
    assertThat(changed.seats()).isEqualTo(5);
    assertThat(live(changed)).isEqualTo(5);
  }

  @Test
  void aDeclinedUpgradeChangesNothing() {
    Subscription bought = subscribe("pro", 2, "pm_card_visa", "up");
    fixture
        .licensing
        .subscriptions()
        .change(
            owner,
            bought.id(),
            new SubscriptionChange(null, null, "pm_card_chargeDeclined"),
            null,
            ClientInfo.UNKNOWN);

    assertThat(codeOf(() -> change(bought.id(), 4, null))).isEqualTo(ErrorCode.PAYMENT_FAILED);
    assertThat(book.subscription(providerId(bought)).seats()).isEqualTo(2);
    assertThat(read(bought.id()).seats()).isEqualTo(2);
    assertThat(live(bought)).isEqualTo(2);
  }

  @Test
  void fewerSeatsWaitHereForTheNextPeriodTheServiceShows() {
    Subscription bought = subscribe("pro", 3, "pm_card_visa", "down");

    Subscription changed = change(bought.id(), 1, null);

    assertThat(stripe.calls()).anyMatch(c -> c.startsWith("changeSubscription:NONE"));
    assertThat(book.subscription(providerId(bought)).seats()).isEqualTo(1);
    assertThat(changed.seats()).isEqualTo(3);
    assertThat(changed.scheduledChange()).isPresent();
    deliver("customer.subscription.updated", providerId(bought));
    process();
    assertThat(read(bought.id()).seats()).isEqualTo(3);
    assertThat(live(bought)).isEqualTo(3);

    var renewal = book.renew(providerId(bought), true);
    deliver("customer.subscription.updated", providerId(bought));
    deliver("invoice.paid", renewal.id());
    process();

    Subscription turned = read(bought.id());
    assertThat(turned.seats()).isEqualTo(1);
    assertThat(turned.scheduledChange()).isEmpty();
    assertThat(live(turned)).isEqualTo(1);
    assertThat(licenses(turned))
        .filteredOn(l -> l.status() == LicenseStatus.ACTIVE)
        .allSatisfy(l -> assertThat(l.expiresAt()).isEqualTo(turned.currentPeriodEnd()));
  }

  @Test
  void cancelResumeAndCancelNowGoThroughTheServiceAndMirrorItsAnswer() {
    Subscription bought = subscribe("pro", 2, "pm_card_visa", "c");

    Subscription canceled =
        fixture.licensing.subscriptions().cancel(owner, bought.id(), ClientInfo.UNKNOWN);
    assertThat(canceled.cancelAtPeriodEnd()).isTrue();
    assertThat(book.subscription(providerId(bought)).cancelAtPeriodEnd()).isTrue();

    Subscription resumed =
        fixture.licensing.subscriptions().resume(owner, bought.id(), ClientInfo.UNKNOWN);
    assertThat(resumed.cancelAtPeriodEnd()).isFalse();
    assertThat(book.subscription(providerId(bought)).cancelAtPeriodEnd()).isFalse();

    Subscription ended =
        fixture.licensing.subscriptions().cancelNow(owner, bought.id(), ClientInfo.UNKNOWN);
    assertThat(ended.status()).isEqualTo(SubscriptionStatus.CANCELED);
    assertThat(book.subscription(providerId(bought)).status())
        .isEqualTo(SubscriptionStatus.CANCELED);
    assertThat(licenses(ended))
        .allSatisfy(l -> assertThat(l.status()).isEqualTo(LicenseStatus.EXPIRED));
  }

  @Test
  void aPaidInvoiceIsMirroredOnceWithItsOwnNumberAndMailedOnce() {
    Subscription bought = subscribe("pro", 2, "pm_card_visa", "inv");
    String invoice = book.subscription(providerId(bought)).latestInvoiceId().orElseThrow();

    String eventId = deliver("invoice.paid", invoice);
    deliver(eventId, "invoice.paid", invoice);
    deliver("invoice.payment_succeeded", invoice);
    deliver("invoice.paid", invoice);
    process();

    List<Invoice> mirrored = invoices(bought);
    assertThat(mirrored).hasSize(1);
    Invoice ours = mirrored.get(0);
    assertThat(ours.number()).matches("INV-\\d{4}-\\d{6}");
    assertThat(ours.providerInvoiceId()).contains(invoice);
    assertThat(ours.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(ours.total().amount()).isEqualTo(5_800);
    assertThat(mails("Invoice " + ours.number() + " paid")).isEqualTo(1);
  }

  @Test
  void aDraftIsNotMirroredAndAnUnknownCustomersInvoiceIsIgnored() {
    Subscription bought = subscribe("pro", 1, "pm_card_visa", "draft");
    var failed = book.renew(providerId(bought), false);
    deliver("invoice.created", failed.id());
    deliver("invoice.paid", "in_of_someone_else");
    process();

    assertThat(invoices(bought)).extracting(Invoice::status).containsExactly(InvoiceStatus.OPEN);
  }

  @Test
  void failedRenewalsSuspendWhenUnpaidAndAPaymentBringsEverythingBack() {
    Subscription bought = subscribe("pro", 2, "pm_card_visa", "dunning");
    String id = providerId(bought);
    var open = book.renew(id, false);
    deliver("invoice.payment_failed", open.id());
    deliver("customer.subscription.updated", id);
    process();
    assertThat(read(bought.id()).status()).isEqualTo(SubscriptionStatus.PAST_DUE);
    assertThat(mails("Payment for invoice")).isEqualTo(1);

    book.setStatus(id, SubscriptionStatus.UNPAID);
    deliver("customer.subscription.updated", id);
    process();
    assertThat(read(bought.id()).status()).isEqualTo(SubscriptionStatus.UNPAID);
    assertThat(licenses(bought))
        .allSatisfy(l -> assertThat(l.status()).isEqualTo(LicenseStatus.SUSPENDED));

    book.pay(open.id());
    deliver("invoice.paid", open.id());
    deliver("invoice.payment_failed", open.id());
    process();
    Subscription recovered = read(bought.id());
    assertThat(recovered.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(licenses(recovered))
        .allSatisfy(
            l -> {
              assertThat(l.status()).isEqualTo(LicenseStatus.ACTIVE);
              assertThat(l.expiresAt()).isEqualTo(recovered.currentPeriodEnd());
            });
    // The failure told after the payment is no news: no second e-mail.
    assertThat(mails("Payment for invoice")).isEqualTo(1);
  }

  @Test
  void eventsInAnyOrderConvergeOnTheServiceState() {
    Subscription a = subscribe("pro", 2, "pm_card_visa", "order-a");
    Subscription b = subscribe("pro", 2, "pm_card_visa", "order-b");
    var openA = book.renew(providerId(a), false);
    var openB = book.renew(providerId(b), false);
    book.pay(openA.id());
    book.pay(openB.id());
    book.cancelAtPeriodEnd(providerId(a), true);
    book.cancelAtPeriodEnd(providerId(b), true);

    deliver("customer.subscription.updated", providerId(a));
    deliver("invoice.payment_failed", openA.id());
    deliver("invoice.paid", openA.id());
    deliver("customer.subscription.created", providerId(a));
    process();
    deliver("invoice.paid", openB.id());
    deliver("customer.subscription.created", providerId(b));
    deliver("invoice.payment_failed", openB.id());
    deliver("customer.subscription.updated", providerId(b));
    deliver("customer.subscription.updated", providerId(b));
    process();

    Subscription left = read(a.id());
    Subscription right = read(b.id());
    assertThat(left.status()).isEqualTo(right.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(left.cancelAtPeriodEnd()).isTrue();
    assertThat(right.cancelAtPeriodEnd()).isTrue();
    assertThat(left.currentPeriodEnd()).isEqualTo(right.currentPeriodEnd());
    assertThat(invoices(a)).extracting(Invoice::status).containsExactly(InvoiceStatus.PAID);
    assertThat(invoices(b)).extracting(Invoice::status).containsExactly(InvoiceStatus.PAID);
    assertThat(licenses(a)).extracting(License::expiresAt).containsOnly(left.currentPeriodEnd());
    assertThat(licenses(b)).extracting(License::expiresAt).containsOnly(right.currentPeriodEnd());
  }

  @Test
  void anEndedSubscriptionNeverLivesAgainWhateverArrivesLate() {
    Subscription bought = subscribe("pro", 1, "pm_card_visa", "late");
    book.cancelNow(providerId(bought));
    deliver("customer.subscription.deleted", providerId(bought));
    process();
    assertThat(read(bought.id()).status()).isEqualTo(SubscriptionStatus.CANCELED);

    deliver("customer.subscription.updated", providerId(bought));
    deliver("customer.subscription.created", providerId(bought));
    process();

    assertThat(read(bought.id()).status()).isEqualTo(SubscriptionStatus.CANCELED);
    assertThat(licenses(bought))
        .allSatisfy(l -> assertThat(l.status()).isEqualTo(LicenseStatus.EXPIRED));
  }

  @Test
  void aRefundAtTheServiceIsOneCreditNoteHoweverOftenItIsTold() {
    Subscription bought = subscribe("pro", 2, "pm_card_visa", "refund");
    String invoice = book.subscription(providerId(bought)).latestInvoiceId().orElseThrow();
    deliver("invoice.paid", invoice);
    process();
    String charge = book.chargeOf(invoice);
    book.refundAtDashboard(charge, 1_000);

    deliver("charge.refunded", charge);
    deliver("charge.refunded", charge);
    process();

    Invoice ours = invoices(bought).get(0);
    fixture.licensing.ensureSuperAdmin("root@example.test", "Staff-passphrase-1234");
    Caller admin = CoreFixture.caller(fixture.signIn("root@example.test", "Staff-passphrase-1234"));
    assertThat(fixture.licensing.billing().refunds().creditNotes(admin, ours.id()))
        .singleElement()
        .satisfies(note -> assertThat(note.amount().amount()).isEqualTo(1_000));
    assertThat(ours.amountRefunded().amount()).isEqualTo(1_000);

    fixture
        .licensing
        .billing()
        .refunds()
        .refund(admin, ours.id(), 500L, "goodwill", "admin-refund-1", ClientInfo.UNKNOWN);
    deliver("charge.refunded", charge);
    process();

    assertThat(stripe.calls()).anyMatch(c -> c.startsWith("refund "));
    assertThat(book.charge(charge).amountRefunded()).isEqualTo(1_500);
    assertThat(fixture.licensing.billing().refunds().creditNotes(admin, ours.id())).hasSize(2);
  }

  @Test
  void theBuiltInRenewalsAndCollectionLeaveServiceSubscriptionsAlone() {
    Subscription bought = subscribe("pro", 1, "pm_card_visa", "jobs");
    fixture.clock.advance(Duration.ofDays(40));

    assertThat(fixture.licensing.billing().renewDue()).isZero();
    assertThat(fixture.licensing.billing().collectDue()).isZero();
    assertThat(read(bought.id())).isEqualTo(bought);
  }

  @Test
  void aTrialEndingSoonIsRemindedOncePerEvent() {
    fixture
        .store
        .transactions()
        .run(() -> fixture.store.plans().insertIfAbsent(BillingSteps.TRIAL_PLAN));
    Subscription trial = subscribe("trialing", 1, "pm_card_visa", "trial");
    assertThat(trial.status()).isEqualTo(SubscriptionStatus.TRIALING);

    String eventId = deliver("customer.subscription.trial_will_end", providerId(trial));
    deliver(eventId, "customer.subscription.trial_will_end", providerId(trial));
    process();

    assertThat(mails("Your trial ends on")).isEqualTo(1);
  }

  @Test
  void anEventOfASubscriptionNotStoredHereYetFailsToBeRetriedAndChangesNothing() {
    Subscription bought = subscribe("pro", 1, "pm_card_visa", "first");
    String customer = book.subscription(providerId(bought)).customerId();
    // As while the request that buys it is still under way: made at the service, not stored yet.
    var early =
        stripe.createSubscription(
            new NewProviderSubscription(
                customer,
                new PriceRef("pro", "Pro", 1, BillingPeriod.MONTHLY, Money.of(2_900, "EUR")),
                1,
                bought.paymentMethod().orElseThrow(),
                0,
                Map.of("subscription_id", UUID.randomUUID().toString())),
            "early");
    deliver("customer.subscription.created", early.id());
    deliver("invoice.paid", early.latestInvoiceId().orElseThrow());
    process();

    assertThat(
            fixture
                .store
                .transactions()
                .inTransaction(
                    () ->
                        fixture
                            .store
                            .inboundEvents()
                            .search(
                                new WebhookEventQuery(
                                    "stripe", WebhookEventStatus.FAILED, null, null, null),
                                null,
                                10)))
        .hasSize(2);
    assertThat(fixture.licensing.subscriptions().visibleTo(owner)).containsExactly(bought);
  }
}
