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
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.api.admin.PlanDraft.PriceDraft;
import org.openlicensing.api.admin.PlanVersion;
import org.openlicensing.api.admin.PlanVersionSource;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.catalog.CatalogFile;
import org.openlicensing.core.catalog.CatalogSync;
import org.openlicensing.core.catalog.CatalogSyncReport;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * A catalog file is applied once, and only over an older one: it creates the plans it adds and
 * updates the ones it changes, as versions of source FILE; a file at fault changes nothing.
 */
public abstract class CatalogFileContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private CatalogSync files;
  private Caller admin;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    files = fixture.licensing.catalogFiles();
    fixture.licensing.ensureSuperAdmin("root@example.test", "Staff-passphrase-1234");
    admin = CoreFixture.caller(fixture.signIn("root@example.test", "Staff-passphrase-1234"));
  }

  /** The demo catalog with Pro dearer and a new Team plan; Enterprise is left out. */
  private static CatalogFile first() {
    return new CatalogFile(
        1,
        List.of(
            CatalogDrafts.demo("basic"),
            CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), 3_400),
            CatalogDrafts.newPlan("team", 1_500)));
  }

  private Plan plan(String code) {
    return fixture.licensing.catalog().plan(code).orElseThrow();
  }

  private List<PlanVersion> history(String code) {
    return fixture.licensing.adminCatalog().plan(admin, code).history();
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
                    .find(new AuditQuery(action, null, null, null, null, null, null), null, 50));
  }

  private static List<String> fieldsAtFault(Runnable action) {
    LicensingException e = catchThrowableOfType(LicensingException.class, action::run);
    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    return e.fieldErrors().stream().map(FieldError::field).toList();
  }

  @Test
  void aFirstFileCreatesMissingPlansUpdatesChangedOnesAndLeavesTheRest() {
    Plan enterprise = plan("enterprise");

    CatalogSyncReport report = files.apply(first());

    assertThat(report.applied()).isTrue();
    assertThat(report.previousVersion()).isZero();
    assertThat(report.created()).containsExactly("team");
    assertThat(report.updated()).containsExactly("pro");
    assertThat(report.unchanged()).containsExactly("basic");
    assertThat(plan("pro").priceVersion()).isEqualTo(2);
    assertThat(plan("team").priceVersion()).isEqualTo(1);
    assertThat(plan("enterprise")).isEqualTo(enterprise);
    assertThat(history("pro"))
        .extracting(PlanVersion::version, PlanVersion::source)
        .containsExactly(
            Tuple.tuple(2, PlanVersionSource.FILE), Tuple.tuple(1, PlanVersionSource.SEED));
    assertThat(history("pro").get(0).catalogVersion()).contains(1);
    assertThat(history("pro").get(0).changes()).containsExactly("prices");
    assertThat(history("pro").get(0).savedBy()).isEmpty();
    assertThat(history("team"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.source()).isEqualTo(PlanVersionSource.FILE);
              assertThat(v.changes()).containsExactly("created");
            });
    assertThat(history("basic")).isEmpty();
  }

  @Test
  void theSameFileAgainChangesNothing() {
    files.apply(first());

    CatalogSyncReport again = files.apply(first());

    assertThat(again.applied()).isFalse();
    assertThat(again.previousVersion()).isEqualTo(1);
    assertThat(history("pro")).hasSize(2);
    assertThat(history("team")).hasSize(1);
    assertThat(audit("catalog.file_applied")).hasSize(1);
  }

  @Test
  void aNewerFileUpdatesAndAnOlderOneIsSkipped() {
    files.apply(first());
    CatalogFile third =
        new CatalogFile(
            3,
            List.of(
                CatalogDrafts.withName(
                    CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), 3_400), "Pro 2031")));
    CatalogFile second =
        new CatalogFile(2, List.of(CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), 100)));

    CatalogSyncReport newer = files.apply(third);
    CatalogSyncReport older = files.apply(second);

    assertThat(newer.applied()).isTrue();
    assertThat(newer.updated()).containsExactly("pro");
    assertThat(older.applied()).isFalse();
    assertThat(older.previousVersion()).isEqualTo(3);
    Plan pro = plan("pro");
    assertThat(pro.name()).isEqualTo("Pro 2031");
    assertThat(pro.priceVersion()).as("a name-only change keeps the prices' version").isEqualTo(2);
    assertThat(history("pro").get(0).catalogVersion()).contains(3);
    assertThat(history("pro").get(0).changes()).containsExactly("name");
  }

  @Test
  void aFileAtFaultNamesEachPathAndChangesNothing() {
    PlanDraft pro = CatalogDrafts.demo("pro");
    List<PriceDraft> badPrices =
        List.of(
            new PriceDraft(BillingPeriod.MONTHLY, "EUR", -5L),
            new PriceDraft(BillingPeriod.YEARLY, "EURO", 1L));
    PlanDraft badPro =
        new PlanDraft(
            pro.code(),
            pro.name(),
            pro.description(),
            badPrices,
            pro.minSeats(),
            pro.maxSeats(),
            pro.trialDays(),
            pro.entitlements(),
            pro.policy(),
            pro.kycRequired(),
            pro.active());
    CatalogFile broken =
        new CatalogFile(
            0,
            Arrays.asList(
                CatalogDrafts.newPlan("team", 1_500),
                badPro,
                CatalogDrafts.newPlan("team", 1_600),
                null));

    assertThat(fieldsAtFault(() -> files.apply(broken)))
        .containsExactlyInAnyOrder(
            "version",
            "plans[1].prices[0].amount",
            "plans[1].prices[1].currency",
            "plans[2].code",
            "plans[3]");
    assertThat(fixture.licensing.catalog().plan("team")).isEmpty();
    assertThat(plan("pro").priceVersion()).isEqualTo(1);
    assertThat(files.apply(first()).applied()).as("the broken file took no version").isTrue();
  }

  @Test
  void aFileWithAMalformedQuotaNamesItsPlaceAndChangesNothing() {
    CatalogFile broken =
        new CatalogFile(
            1,
            List.of(
                CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), 3_400),
                CatalogDrafts.withEntitlements(
                    CatalogDrafts.newPlan("metered", 900),
                    List.of("core", "quota:api_calls:10000:month", "quota:api_calls:many:month"))));

    assertThat(fieldsAtFault(() -> files.apply(broken)))
        .containsExactly("plans[1].entitlements[2]");
    assertThat(fixture.licensing.catalog().plan("metered")).isEmpty();
    assertThat(plan("pro").priceVersion()).isEqualTo(1);
  }

  @Test
  void applyingAFileIsAudited() {
    files.apply(first());

    assertThat(audit("catalog.file_applied"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actorAccountId()).isEmpty();
              assertThat(e.details())
                  .containsEntry("version", "1")
                  .containsEntry("previousVersion", "0")
                  .containsEntry("created", "team")
                  .containsEntry("updated", "pro");
            });
    assertThat(audit("catalog.plan_updated"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.details())
                    .containsEntry("plan", "pro")
                    .containsEntry("source", "FILE")
                    .containsEntry("catalogVersion", "1")
                    .containsEntry("toPriceVersion", "2"));
    assertThat(audit("catalog.plan_created"))
        .singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("plan", "team"));
  }

  /** Each of {@code servers} threads applies the file at once; returns what each did. */
  private List<CatalogSyncReport> applyAtOnce(int servers, CatalogFile file) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(servers);
    try {
      List<Future<CatalogSyncReport>> runs = new ArrayList<>();
      for (int i = 0; i < servers; i++) {
        runs.add(
            threads.submit(
                () -> {
                  start.await();
                  return files.apply(file);
                }));
      }
      start.countDown();
      List<CatalogSyncReport> reports = new ArrayList<>();
      for (Future<CatalogSyncReport> run : runs) {
        reports.add(run.get(60, TimeUnit.SECONDS));
      }
      return reports;
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void serversApplyingTheFirstFileAtOnceApplyItOnce() throws Exception {
    List<CatalogSyncReport> reports = applyAtOnce(4, first());

    assertThat(reports).filteredOn(CatalogSyncReport::applied).hasSize(1);
    assertThat(reports)
        .filteredOn(r -> !r.applied())
        .allSatisfy(r -> assertThat(r.previousVersion()).isEqualTo(1));
    assertThat(history("team")).hasSize(1);
    assertThat(history("pro")).hasSize(2);
    assertThat(plan("pro").priceVersion()).isEqualTo(2);
    assertThat(audit("catalog.file_applied")).hasSize(1);
  }

  /** The version applied is stored by now: the servers meet at its row lock. */
  @Test
  void serversApplyingANewerFileAtOnceApplyItOnce() throws Exception {
    files.apply(first());
    CatalogFile second =
        new CatalogFile(
            2,
            List.of(
                CatalogDrafts.withMonthly(CatalogDrafts.demo("pro"), 3_900),
                CatalogDrafts.newPlan("team", 1_800)));

    List<CatalogSyncReport> reports = applyAtOnce(4, second);

    assertThat(reports).filteredOn(CatalogSyncReport::applied).hasSize(1);
    assertThat(reports)
        .filteredOn(r -> !r.applied())
        .allSatisfy(r -> assertThat(r.previousVersion()).isEqualTo(2));
    assertThat(history("pro")).hasSize(3);
    assertThat(history("team")).hasSize(2);
    assertThat(plan("pro").priceVersion()).isEqualTo(3);
    assertThat(audit("catalog.file_applied")).hasSize(2);
  }
}
