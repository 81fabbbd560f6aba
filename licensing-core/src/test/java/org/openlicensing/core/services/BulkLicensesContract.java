package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.AdminLicenseService;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.AssignmentRow;
import org.openlicensing.api.licenses.BulkLicenseService;
import org.openlicensing.api.licenses.Export;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseRecipient;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.api.organizations.BulkLineResult;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.api.organizations.BulkRejectedException;
import org.openlicensing.api.organizations.BulkReport;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;
import org.openlicensing.core.testing.UuidOrder;

/**
 * An organization's licenses in bulk: exported in id order across pages for those who may read all
 * of them; assigned from a file all or nothing, every line judged by the rule of single assignment;
 * and revoked by platform staff, one or many, idempotently, devices stopped and each audited.
 */
public abstract class BulkLicensesContract {
  private static final ClientInfo DESK = new ClientInfo("192.0.2.45", "console", "req-bulk");

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private PolicyPlans plans;
  private BulkLicenseService bulk;
  private AdminLicenseService admin;
  private Teams teams;
  private Principal ada;
  private Principal bea;
  private Principal cyd;
  private UUID organization;
  private String plan;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    plans = new PolicyPlans(fixture);
    bulk = fixture.licensing.bulkLicenses();
    admin = fixture.licensing.adminLicenses();
    teams = new Teams(fixture);
    ada = fixture.customer();
    organization = teams.organizationOf(ada);
    bea = teams.member(ada, organization, OrganizationRole.MEMBER);
    cyd = teams.member(ada, organization, OrganizationRole.MEMBER);
    plan = plans.plan(PolicyPlans.policy(3));
  }

  private List<License> buy(int seats) {
    return plans.buy(Teams.as(ada), organization, plan, seats);
  }

  private static <T> List<T> exported(Export<T> export) {
    List<T> rows = new ArrayList<>();
    export.forEach(rows::add);
    return rows;
  }

  private Activation activate(License license, String fingerprint) {
    return fixture
        .licensing
        .activations()
        .activate(new ActivationRequest(license.key(), fingerprint, "Laptop", "linux"))
        .activation();
  }

  private License current(License license) {
    return fixture.licensing.licenses().get(Teams.as(ada), license.id()).license();
  }

  private Optional<UUID> holderOf(License license) {
    return current(license).assigneeId();
  }

  private List<AuditEvent> audited(String action) {
    return teams.audited(ada, organization, action);
  }

  private Caller key(ApiKeyScope scope) {
    String secret =
        fixture
            .licensing
            .apiKeys()
            .create(Teams.as(ada), organization, "bulk " + scope, Set.of(scope), DESK)
            .secret();
    return fixture.licensing.auth().authenticate(secret);
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private static AssignmentRow row(int line, Principal who, Teams teams, License license) {
    return new AssignmentRow(line, teams.emailOf(who), license.id().toString());
  }

  private BulkReport rejected(Caller caller, List<AssignmentRow> rows) {
    BulkRejectedException refused =
        catchThrowableOfType(
            BulkRejectedException.class, () -> bulk.assignAll(caller, organization, rows, DESK));
    assertThat(refused.code()).isEqualTo(ErrorCode.BULK_FILE_INVALID);
    return refused.report();
  }

  @Test
  void theLicenseExportListsEveryLicenseOfTheOrganizationInIdOrder() {
    List<License> bought = buy(3);
    fixture.licensing.licenses().assign(Teams.as(ada), bought.get(1).id(), bea.accountId(), DESK);
    activate(bought.get(1), "d1");
    Principal stranger = fixture.customer();
    plans.buyOne(stranger, plan);

    List<LicenseView> rows = exported(bulk.exportLicenses(Teams.as(ada), organization));

    assertThat(rows)
        .extracting(v -> v.license().id())
        .containsExactlyElementsOf(
            bought.stream().map(License::id).sorted(UuidOrder.ASCENDING).toList());
    LicenseView held =
        rows.stream().filter(v -> v.license().id().equals(bought.get(1).id())).findFirst().get();
    assertThat(held.activeActivations()).isEqualTo(1);
    assertThat(held.assigneeEmail()).contains(teams.emailOf(bea));
    assertThat(held.license().assigneeId()).contains(bea.accountId());
  }

  @Test
  void anExportCrossesPagesWithoutLosingOrRepeatingARow() {
    List<License> bought = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      bought.addAll(buy(100));
    }
    bought.addAll(buy(7));
    activate(bought.get(0), "first");
    activate(bought.get(bought.size() - 1), "last");

    List<LicenseView> licenses = exported(bulk.exportLicenses(Teams.as(ada), organization));
    List<Activation> devices = exported(bulk.exportActivations(Teams.as(ada), organization));

    assertThat(licenses).hasSize(1_007);
    assertThat(licenses.stream().map(v -> v.license().id()).collect(Collectors.toSet()))
        .hasSize(1_007);
    assertThat(licenses).extracting(v -> v.license().id()).isSortedAccordingTo(UuidOrder.ASCENDING);
    assertThat(devices)
        .extracting(Activation::fingerprint)
        .containsExactlyInAnyOrder("first", "last");
  }

  @Test
  void theDeviceExportListsTheActiveDevicesOfTheOrganizationOnly() {
    List<License> bought = buy(2);
    Activation one = activate(bought.get(0), "laptop");
    Activation two = activate(bought.get(0), "desktop");
    Activation three = activate(bought.get(1), "tablet");
    fixture.licensing.activations().deactivate(two.id(), Teams.as(ada));
    License elsewhere = plans.buyOne(fixture.customer(), plan);
    activate(elsewhere, "not ours");

    List<Activation> rows = exported(bulk.exportActivations(Teams.as(ada), organization));

    assertThat(rows).extracting(Activation::id).containsExactlyInAnyOrder(one.id(), three.id());
    assertThat(rows.get(0).name()).contains("Laptop");
    assertThat(rows.get(0).platform()).contains("linux");
  }

  @Test
  void exportsAreForThoseWhoMayReadEveryLicenseOfTheOrganization() {
    buy(1);
    Principal billing = teams.member(ada, organization, OrganizationRole.BILLING);
    Caller reader = key(ApiKeyScope.READ);

    assertThat(exported(bulk.exportLicenses(Teams.as(billing), organization))).hasSize(1);
    assertThat(exported(bulk.exportLicenses(reader, organization))).hasSize(1);
    assertThat(exported(bulk.exportActivations(reader, organization))).isEmpty();
    assertThat(exported(bulk.exportLicenses(Teams.as(plans.root()), organization))).hasSize(1);
    assertThat(codeOf(() -> bulk.exportLicenses(Teams.as(bea), organization)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> bulk.exportActivations(Teams.as(bea), organization)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    Principal stranger = fixture.customer();
    assertThat(codeOf(() -> bulk.exportLicenses(Teams.as(stranger), organization)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> bulk.exportLicenses(Teams.as(ada), UUID.randomUUID())))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void everyExportAskedForIsAuditedAndARefusedOneIsNot() {
    buy(1);

    bulk.exportLicenses(Teams.as(ada), organization, DESK);
    bulk.exportActivations(Teams.as(ada), organization, DESK);
    codeOf(() -> bulk.exportLicenses(Teams.as(bea), organization, DESK));

    List<AuditEvent> licenses = audited("organization.licenses_exported");
    assertThat(licenses).hasSize(1);
    assertThat(licenses.get(0).actorAccountId()).contains(ada.accountId());
    assertThat(licenses.get(0).targetId()).contains(organization);
    assertThat(licenses.get(0).ipAddress()).contains("192.0.2.45");
    assertThat(audited("organization.activations_exported")).hasSize(1);
  }

  @Test
  void aGoodFileAssignsEveryLineInOneGoAndAuditsEachAssignment() {
    List<License> bought = buy(3);
    fixture.licensing.licenses().assign(Teams.as(ada), bought.get(2).id(), cyd.accountId(), DESK);

    BulkReport report =
        bulk.assignAll(
            Teams.as(ada),
            organization,
            List.of(
                row(2, bea, teams, bought.get(0)),
                new AssignmentRow(
                    3, "  " + teams.emailOf(bea).toUpperCase(), " " + bought.get(1).id() + " "),
                row(4, cyd, teams, bought.get(2))),
            DESK);

    assertThat(report.lines())
        .extracting(BulkLineResult::line, BulkLineResult::subject, BulkLineResult::outcome)
        .containsExactly(
            tuple(2, bought.get(0).id().toString(), BulkOutcome.ASSIGNED),
            tuple(3, bought.get(1).id().toString(), BulkOutcome.ASSIGNED),
            tuple(4, bought.get(2).id().toString(), BulkOutcome.UNCHANGED));
    assertThat(report.applied()).isEqualTo(3);
    assertThat(holderOf(bought.get(0))).contains(bea.accountId());
    assertThat(holderOf(bought.get(1))).contains(bea.accountId());
    assertThat(holderOf(bought.get(2))).contains(cyd.accountId());
    List<AuditEvent> events = audited("license.assigned");
    assertThat(events).hasSize(3);
    assertThat(events.subList(0, 2))
        .allSatisfy(
            event -> {
              assertThat(event.details()).containsEntry("assignee", bea.accountId().toString());
              assertThat(event.actorAccountId()).contains(ada.accountId());
              assertThat(event.ipAddress()).contains("192.0.2.45");
            })
        .extracting(event -> event.targetId().orElseThrow())
        .containsExactlyInAnyOrder(bought.get(0).id(), bought.get(1).id());
  }

  @Test
  void aFileIsAppliedAgainWithoutChange() {
    List<License> bought = buy(2);
    List<AssignmentRow> rows =
        List.of(row(1, bea, teams, bought.get(0)), row(2, cyd, teams, bought.get(1)));
    bulk.assignAll(Teams.as(ada), organization, rows, DESK);

    BulkReport again = bulk.assignAll(Teams.as(ada), organization, rows, DESK);

    assertThat(again.counts()).isEqualTo(Map.of(BulkOutcome.UNCHANGED, 2));
    assertThat(audited("license.assigned")).hasSize(2);
  }

  @Test
  void oneBadLineAppliesNothingAndEveryLineIsReported() {
    List<License> bought = buy(2);

    BulkReport report =
        rejected(
            Teams.as(ada),
            List.of(
                row(1, bea, teams, bought.get(0)),
                new AssignmentRow(2, "nobody@example.test", bought.get(1).id().toString())));

    assertThat(report.lines())
        .extracting(BulkLineResult::outcome, l -> l.field().orElse(null))
        .containsExactly(
            tuple(BulkOutcome.ASSIGNED, null), tuple(BulkOutcome.NOT_A_MEMBER, "email"));
    assertThat(holderOf(bought.get(0))).isEmpty();
    assertThat(holderOf(bought.get(1))).isEmpty();
    assertThat(audited("license.assigned")).isEmpty();
  }

  @Test
  void everyKindOfBadLineIsReportedWithTheFieldAtFault() {
    List<License> bought = buy(6);
    fixture.licensing.licenses().assign(Teams.as(ada), bought.get(2).id(), cyd.accountId(), DESK);
    admin.revoke(Teams.as(plans.root()), bought.get(3).id(), "leaked", DESK);
    License foreign = plans.buyOne(fixture.customer(), plan);
    UUID unknown = UUID.randomUUID();

    BulkReport report =
        rejected(
            Teams.as(ada),
            Arrays.asList(
                row(1, bea, teams, bought.get(0)),
                row(2, cyd, teams, bought.get(0)),
                row(3, bea, teams, bought.get(2)),
                row(4, bea, teams, bought.get(3)),
                row(5, bea, teams, foreign),
                new AssignmentRow(6, teams.emailOf(bea), unknown.toString()),
                new AssignmentRow(7, teams.emailOf(bea), "not-a-uuid"),
                new AssignmentRow(8, "not an address", bought.get(4).id().toString()),
                new AssignmentRow(9, teams.emailOf(bea), null),
                new AssignmentRow(10, null, bought.get(5).id().toString()),
                new AssignmentRow(11, " ", ""),
                null));

    assertThat(report.lines())
        .extracting(BulkLineResult::line, BulkLineResult::outcome, l -> l.field().orElse(null))
        .containsExactly(
            tuple(1, BulkOutcome.ASSIGNED, null),
            tuple(2, BulkOutcome.DUPLICATE_LINE, "licenseId"),
            tuple(3, BulkOutcome.ASSIGNED_TO_ANOTHER, "licenseId"),
            tuple(4, BulkOutcome.LICENSE_NOT_ASSIGNABLE, "licenseId"),
            tuple(5, BulkOutcome.NOT_FOUND, "licenseId"),
            tuple(6, BulkOutcome.NOT_FOUND, "licenseId"),
            tuple(7, BulkOutcome.INVALID_LICENSE_ID, "licenseId"),
            tuple(8, BulkOutcome.INVALID_ADDRESS, "email"),
            tuple(9, BulkOutcome.INVALID_LICENSE_ID, "licenseId"),
            tuple(10, BulkOutcome.INVALID_ADDRESS, "email"),
            tuple(11, BulkOutcome.INVALID_LINE, null),
            tuple(12, BulkOutcome.INVALID_LINE, null));
    assertThat(report.lines().get(4).detail()).isEqualTo(report.lines().get(5).detail());
    assertThat(report.lines())
        .filteredOn(l -> !l.outcome().applied())
        .allSatisfy(l -> assertThat(l.detail()).isPresent());
    assertThat(holderOf(bought.get(0))).isEmpty();
    assertThat(holderOf(bought.get(2))).contains(cyd.accountId());
  }

  @Test
  void theRefusalNamesTheFieldsAtFault() {
    List<License> bought = buy(1);

    BulkRejectedException refused =
        catchThrowableOfType(
            BulkRejectedException.class,
            () ->
                bulk.assignAll(
                    Teams.as(ada),
                    organization,
                    List.of(
                        new AssignmentRow(3, "nobody@example.test", bought.get(0).id().toString())),
                    DESK));

    assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("email");
    assertThat(refused.fieldErrors().get(0).message()).startsWith("line 3: NOT_A_MEMBER");
  }

  @Test
  void assigningInBulkIsForThoseWhoAssignLicenses() {
    License license = buy(1).get(0);
    List<AssignmentRow> rows = List.of(row(1, bea, teams, license));
    Principal billing = teams.member(ada, organization, OrganizationRole.BILLING);

    assertThat(codeOf(() -> bulk.assignAll(Teams.as(bea), organization, rows, DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> bulk.assignAll(Teams.as(billing), organization, rows, DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> bulk.assignAll(key(ApiKeyScope.READ), organization, rows, DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> bulk.assignAll(Teams.as(fixture.customer()), organization, rows, DESK)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> bulk.assignAll(Teams.as(plans.root()), organization, rows, DESK)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(holderOf(license)).isEmpty();

    BulkReport byKey = bulk.assignAll(key(ApiKeyScope.WRITE), organization, rows, DESK);

    assertThat(byKey.counts()).isEqualTo(Map.of(BulkOutcome.ASSIGNED, 1));
    assertThat(holderOf(license)).contains(bea.accountId());
  }

  @Test
  void aFileWithNoLinesOrTooManyIsRefusedWhole() {
    License license = buy(1).get(0);
    List<AssignmentRow> tooMany = new ArrayList<>();
    for (int i = 0; i <= BulkLicenseService.MAX_ASSIGNMENT_LINES; i++) {
      tooMany.add(row(i + 1, bea, teams, license));
    }

    for (List<AssignmentRow> rows : Arrays.asList(List.<AssignmentRow>of(), null, tooMany)) {
      LicensingException refused =
          catchThrowableOfType(
              LicensingException.class,
              () -> bulk.assignAll(Teams.as(ada), organization, rows, DESK));
      assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
      assertThat(refused.fieldErrors())
          .extracting(FieldError::field)
          .containsExactly("assignments");
    }
    assertThat(holderOf(license)).isEmpty();
  }

  @Test
  void aSingleAssignmentOrTransferRefusesARevokedLicense() {
    License license = buy(1).get(0);
    admin.revoke(Teams.as(plans.root()), license.id(), "chargeback", DESK);

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .licenses()
                        .assign(Teams.as(ada), license.id(), bea.accountId(), DESK)))
        .isEqualTo(ErrorCode.CONFLICT);
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .licenses()
                        .transfer(
                            Teams.as(ada),
                            license.id(),
                            LicenseRecipient.account(bea.accountId()),
                            DESK)))
        .isEqualTo(ErrorCode.CONFLICT);
    assertThat(holderOf(license)).isEmpty();
  }

  @Test
  void staffRevokeManyLicensesReportingEachAndStoppingTheirDevices() {
    List<License> bought = buy(3);
    fixture.licensing.licenses().assign(Teams.as(ada), bought.get(0).id(), bea.accountId(), DESK);
    activate(bought.get(0), "d1");
    activate(bought.get(0), "d2");
    activate(bought.get(2), "untouched");
    admin.revoke(Teams.as(plans.root()), bought.get(1).id(), "earlier", DESK);
    UUID unknown = UUID.randomUUID();

    BulkReport report =
        admin.revokeAll(
            Teams.as(plans.root()),
            Arrays.asList(
                bought.get(0).id(), bought.get(1).id(), unknown, bought.get(0).id(), null),
            "  fraud ring 42 ",
            DESK);

    assertThat(report.lines())
        .extracting(BulkLineResult::line, BulkLineResult::outcome)
        .containsExactly(
            tuple(1, BulkOutcome.REVOKED),
            tuple(2, BulkOutcome.ALREADY_REVOKED),
            tuple(3, BulkOutcome.NOT_FOUND),
            tuple(4, BulkOutcome.DUPLICATE_LINE),
            tuple(5, BulkOutcome.INVALID_LINE));
    assertThat(report.lines().get(2).subject()).isEqualTo(unknown.toString());
    assertThat(current(bought.get(0)).status()).isEqualTo(LicenseStatus.REVOKED);
    assertThat(current(bought.get(2)).status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(fixture.licensing.activations().validate(bought.get(0).key(), "d1").code())
        .isEqualTo(ValidationCode.REVOKED);
    assertThat(fixture.licensing.activations().validate(bought.get(2).key(), "untouched").code())
        .isEqualTo(ValidationCode.VALID);
    assertThat(
            fixture.licensing.licenses().get(Teams.as(ada), bought.get(0).id()).activeActivations())
        .isZero();
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .activations()
                        .activate(new ActivationRequest(bought.get(0).key(), "d3", null, null))))
        .isEqualTo(ErrorCode.LICENSE_REVOKED);
    List<AuditEvent> events = audited("license.revoked");
    assertThat(events)
        .extracting(e -> e.targetId().orElseThrow())
        .containsExactlyInAnyOrder(bought.get(0).id(), bought.get(1).id());
    AuditEvent revoked =
        events.stream()
            .filter(e -> e.targetId().orElseThrow().equals(bought.get(0).id()))
            .findFirst()
            .get();
    assertThat(revoked.details())
        .containsEntry("reason", "fraud ring 42")
        .containsEntry("devicesDeactivated", "2")
        .containsEntry("formerStatus", "ACTIVE");
    assertThat(revoked.actorAccountId()).contains(plans.root().accountId());
  }

  @Test
  void revokingAgainChangesNothingAndRecordsNothing() {
    List<License> bought = buy(2);
    List<UUID> ids = bought.stream().map(License::id).toList();
    admin.revokeAll(Teams.as(plans.root()), ids, "refund", DESK);

    BulkReport again = admin.revokeAll(Teams.as(plans.root()), ids, "refund", DESK);
    LicenseView single = admin.revoke(Teams.as(plans.root()), ids.get(0), "refund", DESK);

    assertThat(again.counts()).isEqualTo(Map.of(BulkOutcome.ALREADY_REVOKED, 2));
    assertThat(single.license().status()).isEqualTo(LicenseStatus.REVOKED);
    assertThat(audited("license.revoked")).hasSize(2);
  }

  @Test
  void revocationIsForStaffWithAReasonAndAFewThousandIdsAtMost() {
    License license = buy(1).get(0);
    Caller root = Teams.as(plans.root());
    List<UUID> tooMany = new ArrayList<>();
    for (int i = 0; i <= AdminLicenseService.MAX_REVOCATIONS; i++) {
      tooMany.add(UUID.randomUUID());
    }

    assertThat(codeOf(() -> admin.revoke(Teams.as(ada), license.id(), "mine", DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(
            codeOf(() -> admin.revokeAll(key(ApiKeyScope.ADMIN), List.of(license.id()), "k", DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(fieldsOf(() -> admin.revoke(root, license.id(), " ", DESK)))
        .containsExactly("reason");
    assertThat(fieldsOf(() -> admin.revokeAll(root, List.of(), "why", DESK)))
        .containsExactly("licenseIds");
    assertThat(fieldsOf(() -> admin.revokeAll(root, null, null, DESK)))
        .containsExactlyInAnyOrder("reason", "licenseIds");
    assertThat(fieldsOf(() -> admin.revokeAll(root, tooMany, "why", DESK)))
        .containsExactly("licenseIds");
    assertThat(codeOf(() -> admin.revoke(root, UUID.randomUUID(), "why", DESK)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(current(license).status()).isEqualTo(LicenseStatus.ACTIVE);
  }

  private static List<String> fieldsOf(Runnable action) {
    LicensingException e = catchThrowableOfType(LicensingException.class, action::run);
    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    return e.fieldErrors().stream().map(FieldError::field).toList();
  }
}
