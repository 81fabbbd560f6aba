package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.admin.AdminSubscriptionService;
import org.openlicensing.api.admin.SubscriptionDetail;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionFilter;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** The platform admins' subscription overview and support's audited manual actions. */
public abstract class AdminSubscriptionsContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private static final String ROOT = "root@example.test";
  private static final String ROOT_PASSWORD = "Staff-passphrase-1234";

  private CoreFixture fixture;
  private BillingSteps steps;
  private AdminSubscriptionService admin;
  private Caller root;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    steps = new BillingSteps(fixture, fixture.customer());
    steps.addTrialPlan();
    admin = fixture.licensing.billing().adminSubscriptions();
    fixture.licensing.ensureSuperAdmin(ROOT, ROOT_PASSWORD);
    root = CoreFixture.caller(fixture.signIn(ROOT, ROOT_PASSWORD));
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private List<String> actions() {
    return fixture
        .licensing
        .auditEvents()
        .allEvents(root, new AuditQuery(null, null, null, null, null, null, null), null, 100)
        .items()
        .stream()
        .map(AuditEvent::action)
        .toList();
  }

  @Test
  void theOverviewFiltersByPlanStatusOrganizationAndRenewalDateSoonestFirst() {
    Subscription basic = steps.subscribe("basic", 1, "pm_card_visa");
    steps.advance(Duration.ofDays(1));
    Subscription pro = steps.subscribe("pro", 1, "pm_card_visa");
    Subscription trial = steps.subscribe("trialing", 1, "pm_card_visa");

    assertThat(admin.list(root, SubscriptionFilter.ALL, null, 10).items())
        .extracting(Subscription::id)
        .containsExactly(trial.id(), basic.id(), pro.id());
    assertThat(admin.list(root, filter(Optional.of("pro"), Optional.empty()), null, 10).items())
        .extracting(Subscription::id)
        .containsExactly(pro.id());
    assertThat(
            admin
                .list(
                    root,
                    filter(Optional.empty(), Optional.of(SubscriptionStatus.TRIALING)),
                    null,
                    10)
                .items())
        .extracting(Subscription::id)
        .containsExactly(trial.id());
    SubscriptionFilter renewingSoon =
        new SubscriptionFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.of(basic.organizationId()),
            Optional.of(basic.currentPeriodEnd()),
            Optional.of(pro.currentPeriodEnd()));
    assertThat(admin.list(root, renewingSoon, null, 10).items())
        .extracting(Subscription::id)
        .containsExactly(basic.id());

    Page<Subscription> first = admin.list(root, SubscriptionFilter.ALL, null, 2);
    Page<Subscription> rest = admin.list(root, SubscriptionFilter.ALL, first.nextCursor().get(), 2);
    assertThat(rest.items()).extracting(Subscription::id).containsExactly(pro.id());
    assertThat(codeOf(() -> admin.list(root, SubscriptionFilter.ALL, "not-a-cursor", 2)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
  }

  private static SubscriptionFilter filter(
      Optional<String> plan, Optional<SubscriptionStatus> status) {
    return new SubscriptionFilter(
        plan, status, Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void theDetailHasTheInvoicesAndLicenseCounts() {
    Subscription subscription = steps.subscribe("pro", 3, "pm_card_visa");

    SubscriptionDetail detail = admin.detail(root, subscription.id());

    assertThat(detail.subscription().id()).isEqualTo(subscription.id());
    assertThat(detail.invoices()).hasSize(1);
    assertThat(detail.licenses()).isEqualTo(3);
    assertThat(detail.assignedLicenses()).isZero();
  }

  @Test
  void extendingATrialMovesItsEndAndTheLicensesExpiry() {
    Subscription trial = steps.subscribe("trialing", 2, "pm_card_visa");

    Subscription extended =
        admin.extendTrial(root, trial.id(), 7, "sales call", ClientInfo.UNKNOWN);

    assertThat(extended.trialEnd()).contains(trial.currentPeriodEnd().plus(Duration.ofDays(7)));
    assertThat(extended.currentPeriodEnd()).isEqualTo(extended.trialEnd().get());
    assertThat(steps.licenses(trial))
        .extracting(License::expiresAt)
        .containsOnly(extended.currentPeriodEnd());
    steps.moveTo(trial.currentPeriodEnd());
    assertThat(steps.renewDue()).as("the trial has not ended yet").isZero();
    assertThat(actions()).contains("admin.trial_extended");

    Subscription paid = steps.subscribe("pro", 1, "pm_card_visa");
    assertThat(codeOf(() -> admin.extendTrial(root, paid.id(), 7, "why", ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.INVALID_STATE_TRANSITION);
    assertThat(codeOf(() -> admin.extendTrial(root, trial.id(), 0, "why", ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(codeOf(() -> admin.extendTrial(root, trial.id(), 7, null, ClientInfo.UNKNOWN)))
        .as("a reason is required")
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
  }

  @Test
  void supportSetsSeatsWithoutChargeButNotBelowTheAssignedLicenses() {
    Subscription subscription = steps.subscribe("pro", 3, "pm_card_visa");

    Subscription more =
        admin.changeSeats(root, subscription.id(), 5, "promised", ClientInfo.UNKNOWN);
    assertThat(more.seats()).isEqualTo(5);
    assertThat(steps.licenses(subscription)).hasSize(5);
    assertThat(steps.invoices(subscription)).hasSize(1);

    Subscription fewer =
        admin.changeSeats(root, subscription.id(), 2, "correction", ClientInfo.UNKNOWN);
    assertThat(fewer.seats()).isEqualTo(2);
    assertThat(steps.licenses(subscription))
        .filteredOn(l -> l.status() != LicenseStatus.REVOKED)
        .hasSize(2);
    assertThat(
            codeOf(() -> admin.changeSeats(root, subscription.id(), 51, "x", ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(actions()).contains("admin.seats_changed");
  }

  @Test
  void supportCancelsNowOrAtThePeriodEndWithAReason() {
    Subscription later = steps.subscribe("pro", 1, "pm_card_visa");
    Subscription now = steps.subscribe("pro", 1, "pm_card_visa");

    assertThat(
            admin
                .cancel(root, later.id(), false, "customer asked", ClientInfo.UNKNOWN)
                .cancelAtPeriodEnd())
        .isTrue();
    assertThat(admin.cancel(root, now.id(), true, "fraud", ClientInfo.UNKNOWN).status())
        .isEqualTo(SubscriptionStatus.CANCELED);
    assertThat(actions()).contains("admin.subscription_canceled");
    assertThat(codeOf(() -> admin.cancel(root, now.id(), true, null, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
  }

  @Test
  void onlyPlatformAdminsGetIn() {
    Subscription subscription = steps.subscribe("pro", 1, "pm_card_visa");
    Caller customer = steps.caller();

    assertThat(codeOf(() -> admin.list(customer, SubscriptionFilter.ALL, null, 10)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> admin.detail(customer, subscription.id())))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(
            codeOf(
                () -> admin.changeSeats(customer, subscription.id(), 2, "x", ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> admin.detail(root, java.util.UUID.randomUUID())))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }
}
