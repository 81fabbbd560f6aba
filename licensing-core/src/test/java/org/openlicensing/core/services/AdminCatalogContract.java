package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.AdminCatalogService;
import org.openlicensing.api.admin.PlanDetail;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.api.admin.PlanDraft.PolicyDraft;
import org.openlicensing.api.admin.PlanDraft.PriceDraft;
import org.openlicensing.api.admin.PlanVersion;
import org.openlicensing.api.admin.PlanVersionSource;
import org.openlicensing.api.admin.VersionedPlan;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * Platform admins edit the catalog: every save is a version in the plan's history, a price change
 * raises the plan's price version, which subscriptions take only when they renew, and every edit is
 * audited.
 */
public abstract class AdminCatalogContract {
  private static final ClientInfo DESK = new ClientInfo("198.51.100.7", "console", "req-plan-1");

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private AdminCatalogService catalog;
  private Principal root;
  private Caller admin;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    catalog = fixture.licensing.adminCatalog();
    fixture.licensing.ensureSuperAdmin("root@example.test", "Staff-passphrase-1234");
    root = fixture.signIn("root@example.test", "Staff-passphrase-1234");
    admin = CoreFixture.caller(root);
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private static List<String> fieldsAtFault(Runnable action) {
    LicensingException e = catchThrowableOfType(LicensingException.class, action::run);
    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    return e.fieldErrors().stream().map(FieldError::field).toList();
  }

  private Plan stored(String code) {
    return fixture.licensing.catalog().plan(code).orElseThrow();
  }

  private List<AuditEvent> audit(String action) {
    return fixture
        .store
        .transactions()
        .inTransaction(
            () ->
                fixture
                    .store
                    .auditLog()
                    .find(new AuditQuery(action, null, null, null, null, null, null), null, 10));
  }

  @Test
  void aPriceChangeIsTakenByNewSubscriptionsAndByOldOnesOnlyWhenTheyRenew() {
    BillingSteps early = new BillingSteps(fixture, fixture.customer());
    Subscription before = early.subscribe("pro", 2, "pm_card_visa");
    assertThat(before.pricePerSeat()).isEqualTo(Money.of(2_900, "EUR"));
    assertThat(before.priceVersion()).isEqualTo(1);

    PlanDetail edited =
        catalog.replace(
            admin, "pro", CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), 3_400), DESK);

    assertThat(edited.current().plan().priceVersion()).isEqualTo(2);
    assertThat(edited.current().version()).isEqualTo(2);
    assertThat(early.read(before.id()).pricePerSeat())
        .as("the subscription keeps its price until it renews")
        .isEqualTo(Money.of(2_900, "EUR"));
    BillingSteps late = new BillingSteps(fixture, fixture.customer());
    Subscription after = late.subscribe("pro", 1, "pm_card_visa");
    assertThat(after.pricePerSeat()).isEqualTo(Money.of(3_400, "EUR"));
    assertThat(after.priceVersion()).isEqualTo(2);

    early.moveTo(before.currentPeriodEnd());
    assertThat(early.renewDue()).isPositive();

    Subscription renewed = early.read(before.id());
    assertThat(renewed.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(renewed.currentPeriodStart()).isEqualTo(before.currentPeriodEnd());
    assertThat(renewed.pricePerSeat()).isEqualTo(Money.of(3_400, "EUR"));
    assertThat(renewed.priceVersion()).isEqualTo(2);
    Invoice renewal =
        early.invoices(before).stream()
            .filter(i -> i.reason() == InvoiceReason.SUBSCRIPTION_CYCLE)
            .findFirst()
            .orElseThrow();
    assertThat(renewal.lines().get(0).unitAmount()).isEqualTo(Money.of(3_400, "EUR"));
    assertThat(renewal.lines().get(0).quantity()).isEqualTo(2);
  }

  @Test
  void aPriceChangeIsAVersionInTheHistoryAfterThePlanAsItWasFound() {
    catalog.replace(
        admin, "pro", CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), 3_400), DESK);

    PlanDetail detail = catalog.plan(admin, "pro");

    assertThat(detail.history()).extracting(PlanVersion::version).containsExactly(2, 1);
    PlanVersion saved = detail.history().get(0);
    assertThat(saved.source()).isEqualTo(PlanVersionSource.ADMIN);
    assertThat(saved.savedBy()).contains(root.accountId());
    assertThat(saved.catalogVersion()).isEmpty();
    assertThat(saved.changes()).containsExactly("prices");
    assertThat(saved.plan()).isEqualTo(stored("pro"));
    PlanVersion found = detail.history().get(1);
    assertThat(found.source()).isEqualTo(PlanVersionSource.SEED);
    assertThat(found.plan().price(BillingPeriod.MONTHLY, Money.of(0, "EUR").currency()))
        .hasValueSatisfying(p -> assertThat(p.perSeat().amount()).isEqualTo(2_900));
    assertThat(found.plan().priceVersion()).isEqualTo(1);
  }

  @Test
  void aNameOnlyEditKeepsThePriceVersion() {
    PlanDetail detail =
        catalog.replace(
            admin, "pro", CatalogDrafts.withName(CatalogDrafts.demo("pro"), "Pro 2031"), DESK);

    assertThat(detail.current().plan().name()).isEqualTo("Pro 2031");
    assertThat(detail.current().plan().priceVersion()).isEqualTo(1);
    assertThat(detail.current().version()).isEqualTo(2);
    assertThat(detail.history().get(0).changes()).containsExactly("name");
    assertThat(stored("pro").name()).isEqualTo("Pro 2031");
  }

  @Test
  void savingThePlanAsItIsSavesNoVersion() {
    PlanDetail detail = catalog.replace(admin, "basic", CatalogDrafts.demo("basic"), DESK);

    assertThat(detail.current().version()).isEqualTo(1);
    assertThat(detail.history()).isEmpty();
    assertThat(audit("catalog.plan_updated")).isEmpty();
  }

  @Test
  void aCreatedPlanStartsItsHistoryIsListedAndIsSold() {
    PlanDetail created = catalog.create(admin, CatalogDrafts.newPlan("team", 1_500), DESK);

    assertThat(created.current().version()).isEqualTo(1);
    assertThat(created.current().plan().priceVersion()).isEqualTo(1);
    assertThat(created.history())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.source()).isEqualTo(PlanVersionSource.ADMIN);
              assertThat(v.changes()).containsExactly("created");
              assertThat(v.savedBy()).contains(root.accountId());
            });
    assertThat(catalog.plans(admin))
        .extracting(v -> v.plan().code())
        .containsExactly("basic", "pro", "enterprise", "team");
    assertThat(fixture.licensing.catalog().plans()).extracting(Plan::code).contains("team");
    Subscription bought =
        new BillingSteps(fixture, fixture.customer()).subscribe("team", 3, "pm_card_visa");
    assertThat(bought.pricePerSeat()).isEqualTo(Money.of(1_500, "EUR"));
  }

  @Test
  void theListShowsEachPlansCurrentVersion() {
    catalog.replace(admin, "pro", CatalogDrafts.withName(CatalogDrafts.demo("pro"), "P1"), DESK);
    catalog.replace(admin, "pro", CatalogDrafts.withName(CatalogDrafts.demo("pro"), "P2"), DESK);

    assertThat(catalog.plans(admin))
        .extracting(v -> v.plan().code() + "@" + v.version())
        .containsExactly("basic@1", "pro@3", "enterprise@1");
  }

  @Test
  void aTakenCodeIsAConflict() {
    assertThat(codeOf(() -> catalog.create(admin, CatalogDrafts.demo("pro"), DESK)))
        .isEqualTo(ErrorCode.CONFLICT);
  }

  @Test
  void anUnknownPlanIsNotFound() {
    assertThat(codeOf(() -> catalog.plan(admin, "nothing"))).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(
            codeOf(
                () -> catalog.replace(admin, "nothing", CatalogDrafts.newPlan("nothing", 1), DESK)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aBadPlanNamesEveryFieldAtFault() {
    PlanDraft bad =
        new PlanDraft(
            "Not A Code",
            " ",
            null,
            Arrays.asList(
                new PriceDraft(BillingPeriod.YEARLY, "EUR", -1L),
                new PriceDraft(BillingPeriod.MONTHLY, "EUR", 100L),
                new PriceDraft(BillingPeriod.MONTHLY, "EUR", 200L),
                new PriceDraft(BillingPeriod.YEARLY, "XYZ", 100L),
                new PriceDraft(null, "eur", null),
                null),
            0,
            null,
            -1,
            Arrays.asList("core", "", "x".repeat(41), "core", null),
            new PolicyDraft(0, null, true, -1, 0),
            null,
            null);

    assertThat(fieldsAtFault(() -> catalog.create(admin, bad, DESK)))
        .containsExactlyInAnyOrder(
            "code",
            "name",
            "prices[0].amount",
            "prices[2]",
            "prices[3].currency",
            "prices[4].period",
            "prices[4].currency",
            "prices[4].amount",
            "prices[5]",
            "minSeats",
            "maxSeats",
            "trialDays",
            "entitlements[1]",
            "entitlements[2]",
            "entitlements[3]",
            "entitlements[4]",
            "policy.deviceLimit",
            "policy.floating",
            "policy.graceDays",
            "policy.tokenLifetimeDays",
            "kycRequired");
    assertThat(catalog.plans(admin)).hasSize(3);
  }

  @Test
  void aMalformedQuotaEntitlementIsNamedAndAWellFormedOneIsKept() {
    PlanDraft malformed =
        CatalogDrafts.withEntitlements(
            CatalogDrafts.newPlan("metered", 900),
            List.of(
                "core",
                "quota:api_calls:10000:month",
                "quota:api_calls:lots:month",
                "quota:API:5:day",
                "quota:syncs:5:week",
                "quota:syncs:0:day",
                "quota:"));

    LicensingException refused =
        catchThrowableOfType(
            LicensingException.class, () -> catalog.create(admin, malformed, DESK));

    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(refused.fieldErrors().stream().map(FieldError::field))
        .containsExactly(
            "entitlements[2]",
            "entitlements[3]",
            "entitlements[4]",
            "entitlements[5]",
            "entitlements[6]");
    assertThat(refused.fieldErrors().get(0).message())
        .contains("quota:<metric>:<limit>:<day|month|period>");
    assertThat(fixture.licensing.catalog().plan("metered")).isEmpty();

    catalog.create(
        admin,
        CatalogDrafts.withEntitlements(
            CatalogDrafts.newPlan("metered", 900),
            List.of("core", "quota:api_calls:10000:month", "quota:syncs:5:period")),
        DESK);
    assertThat(stored("metered").entitlements())
        .contains("quota:api_calls:10000:month", "quota:syncs:5:period");
    assertThat(
            fieldsAtFault(
                () ->
                    catalog.replace(
                        admin,
                        "metered",
                        CatalogDrafts.withEntitlements(
                            CatalogDrafts.newPlan("metered", 900),
                            List.of("core", "quota:api_calls:-1:month")),
                        DESK)))
        .containsExactly("entitlements[1]");
  }

  @Test
  void missingPartsAreNamedAndSeatBoundsMustBeOrdered() {
    PlanDraft empty = new PlanDraft("empty", "Empty", null, null, 1, 1, 0, null, null, false, null);
    assertThat(fieldsAtFault(() -> catalog.create(admin, empty, DESK)))
        .containsExactlyInAnyOrder("prices", "entitlements", "policy");
    PlanDraft noPrices = CatalogDrafts.newPlan("none", 1);
    assertThat(
            fieldsAtFault(
                () ->
                    catalog.create(
                        admin,
                        new PlanDraft(
                            "none",
                            "None",
                            "",
                            List.of(),
                            1,
                            1,
                            0,
                            List.of(),
                            noPrices.policy(),
                            false,
                            true),
                        DESK)))
        .containsExactly("prices");
    assertThat(
            fieldsAtFault(
                () ->
                    catalog.replace(
                        admin,
                        "pro",
                        CatalogDrafts.withSeats(CatalogDrafts.demo("pro"), 10, 5),
                        DESK)))
        .containsExactly("maxSeats");
    assertThat(stored("pro").maxSeats()).isEqualTo(50);
  }

  @Test
  void replacingCannotChangeThePlansCode() {
    assertThat(
            fieldsAtFault(() -> catalog.replace(admin, "pro", CatalogDrafts.demo("basic"), DESK)))
        .containsExactly("code");
  }

  @Test
  void aDraftWithoutACodeReplacesThePlanOfThePath() {
    PlanDraft pro = CatalogDrafts.withName(CatalogDrafts.demo("pro"), "Pro, renamed");
    PlanDraft withoutCode =
        new PlanDraft(
            null,
            pro.name(),
            pro.description(),
            pro.prices(),
            pro.minSeats(),
            pro.maxSeats(),
            pro.trialDays(),
            pro.entitlements(),
            pro.policy(),
            pro.kycRequired(),
            pro.active());

    assertThat(catalog.replace(admin, "pro", withoutCode, DESK).current().plan().name())
        .isEqualTo("Pro, renamed");
  }

  @Test
  void everyoneButPlatformAdminsIsForbidden() {
    Caller customer = CoreFixture.caller(fixture.customer());
    Caller device = new Caller.LicenseKeyCaller("LIC-ANY");

    for (Caller caller : List.of(customer, device)) {
      assertThat(codeOf(() -> catalog.plans(caller))).isEqualTo(ErrorCode.FORBIDDEN);
      assertThat(codeOf(() -> catalog.plan(caller, "pro"))).isEqualTo(ErrorCode.FORBIDDEN);
      assertThat(codeOf(() -> catalog.create(caller, CatalogDrafts.newPlan("x", 1), DESK)))
          .isEqualTo(ErrorCode.FORBIDDEN);
      assertThat(
              codeOf(
                  () ->
                      catalog.replace(
                          caller,
                          "pro",
                          CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), 1),
                          DESK)))
          .isEqualTo(ErrorCode.FORBIDDEN);
    }
    assertThat(stored("pro").priceVersion()).isEqualTo(1);
  }

  @Test
  void editsAreAuditedWithTheVersionsBeforeAndAfterAndWhatChanged() {
    catalog.create(admin, CatalogDrafts.newPlan("team", 1_500), DESK);
    catalog.replace(
        admin,
        "pro",
        CatalogDrafts.withName(CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), 3_400), "Pro+"),
        DESK);

    assertThat(audit("catalog.plan_created"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actorAccountId()).contains(root.accountId());
              assertThat(e.targetType()).isEqualTo("plan");
              assertThat(e.requestId()).contains("req-plan-1");
              assertThat(e.details())
                  .containsEntry("plan", "team")
                  .containsEntry("version", "1")
                  .containsEntry("source", "ADMIN");
            });
    assertThat(audit("catalog.plan_updated"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actorAccountId()).contains(root.accountId());
              assertThat(e.ipAddress()).contains("198.51.100.7");
              assertThat(e.details())
                  .containsEntry("plan", "pro")
                  .containsEntry("fromVersion", "1")
                  .containsEntry("toVersion", "2")
                  .containsEntry("fromPriceVersion", "1")
                  .containsEntry("toPriceVersion", "2")
                  .containsEntry("changes", "name,prices")
                  .containsEntry("source", "ADMIN");
            });
  }

  @Test
  void aRetiredPlanIsNotSoldWhileItsSubscriptionsRenewOnIt() {
    BillingSteps subscriber = new BillingSteps(fixture, fixture.customer());
    Subscription basic = subscriber.subscribe("basic", 1, "pm_card_visa");

    PlanDetail retired =
        catalog.replace(
            admin, "basic", CatalogDrafts.withActive(CatalogDrafts.demo("basic"), false), DESK);

    assertThat(retired.current().plan().active()).isFalse();
    assertThat(retired.current().plan().priceVersion()).isEqualTo(1);
    assertThat(fixture.licensing.catalog().plans())
        .extracting(Plan::code)
        .containsExactly("pro", "enterprise");
    assertThat(fixture.licensing.catalog().plan("basic")).isPresent();
    assertThat(catalog.plans(admin)).extracting(VersionedPlan::version).containsExactly(2, 1, 1);
    BillingSteps newcomer = new BillingSteps(fixture, fixture.customer());
    assertThat(fieldsAtFault(() -> newcomer.subscribe("basic", 1, "pm_card_visa")))
        .containsExactly("plan");

    subscriber.moveTo(basic.currentPeriodEnd());
    subscriber.renewDue();
    Subscription renewed = subscriber.read(basic.id());
    assertThat(renewed.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(renewed.plan()).isEqualTo("basic");
    assertThat(renewed.currentPeriodStart()).isEqualTo(basic.currentPeriodEnd());
  }

  /** Edits of one plan take turns at its lock: each is a version of its own. */
  @Test
  void adminsChangingOnePlanAtOnceEachSaveAVersion() throws Exception {
    int admins = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(admins);
    try {
      List<Future<PlanDetail>> edits = new ArrayList<>();
      for (int i = 0; i < admins; i++) {
        long price = 3_000 + i;
        edits.add(
            threads.submit(
                () -> {
                  start.await();
                  return catalog.replace(
                      admin,
                      "pro",
                      CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), price),
                      DESK);
                }));
      }
      start.countDown();
      for (Future<PlanDetail> edit : edits) {
        edit.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    PlanDetail detail = catalog.plan(admin, "pro");
    assertThat(detail.history()).extracting(PlanVersion::version).containsExactly(5, 4, 3, 2, 1);
    assertThat(detail.current().plan().priceVersion()).isEqualTo(5);
    assertThat(detail.history().get(0).plan()).isEqualTo(stored("pro"));
  }
}
