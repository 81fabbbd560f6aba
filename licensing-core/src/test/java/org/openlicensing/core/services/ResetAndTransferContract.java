package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.PlanDraft.PolicyDraft;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.catalog.TransferRule;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseRecipient;
import org.openlicensing.api.licenses.LicenseService;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * A license's devices freed at once by its holder (three times in thirty days by default) or by
 * platform admins, and a license moved from member to member by the organization's admins, its
 * devices kept or deactivated as the policy says. Every step is audited.
 */
public abstract class ResetAndTransferContract {
  private static final ClientInfo DESK = new ClientInfo("192.0.2.44", "console", "req-1");

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Teams teams;
  private PolicyPlans plans;
  private LicenseService licenses;
  private Principal ada;
  private Principal bea;
  private Principal cyd;
  private UUID organization;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    plans = new PolicyPlans(fixture);
    licenses = fixture.licensing.licenses();
    teams = new Teams(fixture);
    ada = fixture.customer();
    organization = teams.organizationOf(ada);
    bea = teams.member(ada, organization, OrganizationRole.MEMBER);
    cyd = teams.member(ada, organization, OrganizationRole.MEMBER);
  }

  private License licenseOn(TransferRule rule) {
    String plan = plans.plan(new PolicyDraft(3, false, true, 7, 14, null, null, null, null, rule));
    return plans.buy(Teams.as(ada), organization, plan, 2).get(0);
  }

  private License heldBy(Principal holder, TransferRule rule) {
    License license = licenseOn(rule);
    licenses.assign(Teams.as(ada), license.id(), holder.accountId(), DESK);
    return license;
  }

  private void activate(License license, String fingerprint) {
    fixture
        .licensing
        .activations()
        .activate(new ActivationRequest(license.key(), fingerprint, null, null));
  }

  private ValidationCode validate(License license, String fingerprint) {
    return fixture.licensing.activations().validate(license.key(), fingerprint).code();
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private static List<String> fieldsAtFault(Runnable action) {
    LicensingException e = catchThrowableOfType(LicensingException.class, action::run);
    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    return e.fieldErrors().stream().map(FieldError::field).toList();
  }

  private List<AuditEvent> audited(String action) {
    return teams.audited(ada, organization, action);
  }

  @Test
  void theHolderFreesEveryDeviceOfItsLicense() {
    License license = heldBy(bea, TransferRule.DEACTIVATE);
    activate(license, "d1");
    activate(license, "d2");

    LicenseView reset = licenses.reset(Teams.as(bea), license.id(), DESK);

    assertThat(reset.activeActivations()).isZero();
    assertThat(validate(license, "d1")).isEqualTo(ValidationCode.NOT_ACTIVATED);
    activate(license, "d3");
    List<AuditEvent> events = audited("license.reset");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).actorAccountId()).contains(bea.accountId());
    assertThat(events.get(0).targetId()).contains(license.id());
    assertThat(events.get(0).ipAddress()).contains("192.0.2.44");
    assertThat(events.get(0).details())
        .containsEntry("devicesDeactivated", "2")
        .containsEntry("by", "self-service");
  }

  @Test
  void resetsAreLimitedPerLicenseAndComeBackWithTime() {
    License license = heldBy(bea, TransferRule.DEACTIVATE);
    License other = heldBy(bea, TransferRule.DEACTIVATE);
    licenses.reset(Teams.as(bea), license.id(), DESK);
    licenses.reset(Teams.as(ada), license.id(), DESK);
    licenses.reset(Teams.as(bea), license.id(), DESK);

    assertThat(codeOf(() -> licenses.reset(Teams.as(bea), license.id(), DESK)))
        .isEqualTo(ErrorCode.RATE_LIMITED);
    assertThat(codeOf(() -> licenses.reset(Teams.as(ada), license.id(), DESK)))
        .isEqualTo(ErrorCode.RATE_LIMITED);
    licenses.reset(Teams.as(bea), other.id(), DESK);

    fixture.clock.advance(Duration.ofDays(10));
    licenses.reset(Teams.as(bea), license.id(), DESK);
    assertThat(codeOf(() -> licenses.reset(Teams.as(bea), license.id(), DESK)))
        .isEqualTo(ErrorCode.RATE_LIMITED);
  }

  @Test
  void strangersFindNoLicenseToResetAndSpendNoneOfItsResets() {
    License license = heldBy(bea, TransferRule.DEACTIVATE);
    Principal stranger = fixture.customer();

    for (int i = 0; i < 5; i++) {
      assertThat(codeOf(() -> licenses.reset(Teams.as(stranger), license.id(), DESK)))
          .isEqualTo(ErrorCode.NOT_FOUND);
    }
    assertThat(codeOf(() -> licenses.reset(Teams.as(cyd), license.id(), DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> licenses.reset(Teams.as(bea), UUID.randomUUID(), DESK)))
        .isEqualTo(ErrorCode.NOT_FOUND);

    for (int i = 0; i < 3; i++) {
      licenses.reset(Teams.as(bea), license.id(), DESK);
    }
  }

  @Test
  void platformAdminsResetAnyLicenseWithoutTheHoldersLimitAndAreAudited() {
    License license = heldBy(bea, TransferRule.DEACTIVATE);
    for (int i = 0; i < 3; i++) {
      licenses.reset(Teams.as(bea), license.id(), DESK);
    }
    activate(license, "d1");
    Caller root = CoreFixture.caller(plans.root());

    LicenseView reset = fixture.licensing.adminLicenses().reset(root, license.id(), DESK);

    assertThat(reset.activeActivations()).isZero();
    assertThat(audited("license.reset"))
        .anySatisfy(
            e -> {
              assertThat(e.actorAccountId()).contains(plans.root().accountId());
              assertThat(e.details())
                  .containsEntry("by", "platform-admin")
                  .containsEntry("devicesDeactivated", "1");
            });
    assertThat(codeOf(() -> fixture.licensing.adminLicenses().reset(root, UUID.randomUUID(), DESK)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(
            codeOf(
                () -> fixture.licensing.adminLicenses().reset(Teams.as(ada), license.id(), DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void aTransferDeactivatesTheFormerHoldersDevicesByDefaultAndIsAudited() {
    License license = heldBy(bea, TransferRule.DEACTIVATE);
    activate(license, "beas-laptop");

    LicenseView moved =
        licenses.transfer(
            Teams.as(ada), license.id(), LicenseRecipient.account(cyd.accountId()), DESK);

    assertThat(moved.license().assigneeId()).contains(cyd.accountId());
    assertThat(moved.activeActivations()).isZero();
    assertThat(validate(license, "beas-laptop")).isEqualTo(ValidationCode.NOT_ACTIVATED);
    assertThat(audited("license.transferred"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.details())
                    .containsEntry("formerAssignee", bea.accountId().toString())
                    .containsEntry("assignee", cyd.accountId().toString())
                    .containsEntry("transferRule", "DEACTIVATE")
                    .containsEntry("devicesDeactivated", "1"));
  }

  @Test
  void aTransferKeepsTheDevicesWhenThePolicySaysSoAndTakesAnAddress() {
    License license = heldBy(bea, TransferRule.KEEP);
    activate(license, "shared-workstation");
    String cydsAddress = new Teams(fixture).emailOf(cyd);

    LicenseView moved =
        licenses.transfer(
            Teams.as(ada), license.id(), LicenseRecipient.email(cydsAddress.toUpperCase()), DESK);

    assertThat(moved.license().assigneeId()).contains(cyd.accountId());
    assertThat(moved.activeActivations()).isEqualTo(1);
    assertThat(validate(license, "shared-workstation")).isEqualTo(ValidationCode.VALID);
  }

  @Test
  void holdersSeeTheLicenseOnlyWhileTheyHoldIt() {
    License license = heldBy(bea, TransferRule.DEACTIVATE);
    assertThat(licenses.get(Teams.as(bea), license.id()).license().id()).isEqualTo(license.id());

    licenses.transfer(Teams.as(ada), license.id(), LicenseRecipient.account(cyd.accountId()), DESK);

    assertThat(codeOf(() -> licenses.get(Teams.as(bea), license.id())))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(licenses.visibleTo(Teams.as(bea), null, 100).items()).isEmpty();
    assertThat(licenses.visibleTo(Teams.as(cyd), null, 100).items())
        .extracting(view -> view.license().id())
        .containsExactly(license.id());
  }

  @Test
  void aTransferOfALicenseNobodyHeldAssignsItAndKeepsItsDevices() {
    License license = licenseOn(TransferRule.DEACTIVATE);
    activate(license, "d1");

    LicenseView moved =
        licenses.transfer(
            Teams.as(ada), license.id(), LicenseRecipient.account(bea.accountId()), DESK);

    assertThat(moved.license().assigneeId()).contains(bea.accountId());
    assertThat(moved.activeActivations()).isEqualTo(1);
  }

  @Test
  void aTransferToTheHolderChangesNothing() {
    License license = heldBy(bea, TransferRule.DEACTIVATE);
    activate(license, "d1");

    LicenseView same =
        licenses.transfer(
            Teams.as(ada), license.id(), LicenseRecipient.account(bea.accountId()), DESK);

    assertThat(same.activeActivations()).isEqualTo(1);
    assertThat(audited("license.transferred")).isEmpty();
  }

  @Test
  void aTransferNamesTheRecipientAtFault() {
    License license = heldBy(bea, TransferRule.DEACTIVATE);
    Principal outsider = fixture.customer();
    String outsidersAddress = new Teams(fixture).emailOf(outsider);
    Caller owner = Teams.as(ada);
    UUID id = license.id();

    assertThat(
            fieldsAtFault(
                () ->
                    licenses.transfer(
                        owner, id, LicenseRecipient.account(outsider.accountId()), DESK)))
        .containsExactly("accountId");
    assertThat(
            fieldsAtFault(
                () -> licenses.transfer(owner, id, LicenseRecipient.email(outsidersAddress), DESK)))
        .containsExactly("email");
    assertThat(
            fieldsAtFault(
                () ->
                    licenses.transfer(
                        owner, id, LicenseRecipient.email("nobody@nowhere.example"), DESK)))
        .containsExactly("email");
    assertThat(
            fieldsAtFault(
                () -> licenses.transfer(owner, id, LicenseRecipient.email("not an address"), DESK)))
        .containsExactly("email");
    assertThat(
            fieldsAtFault(
                () -> licenses.transfer(owner, id, new LicenseRecipient(null, null), DESK)))
        .containsExactly("accountId");
    assertThat(
            fieldsAtFault(
                () ->
                    licenses.transfer(
                        owner,
                        id,
                        new LicenseRecipient(cyd.accountId(), "cyd@example.test"),
                        DESK)))
        .containsExactly("email");
    assertThat(licenses.get(owner, id).license().assigneeId()).contains(bea.accountId());
  }

  @Test
  void onlyTheOrganizationsLicenseManagersTransfer() {
    License license = heldBy(bea, TransferRule.DEACTIVATE);
    Principal stranger = fixture.customer();
    LicenseRecipient toCyd = LicenseRecipient.account(cyd.accountId());

    assertThat(codeOf(() -> licenses.transfer(Teams.as(bea), license.id(), toCyd, DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> licenses.transfer(Teams.as(stranger), license.id(), toCyd, DESK)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> licenses.transfer(Teams.as(ada), UUID.randomUUID(), toCyd, DESK)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aLicenseIsAssignedByAddressToo() {
    License license = licenseOn(TransferRule.DEACTIVATE);

    LicenseView assigned =
        licenses.assign(
            Teams.as(ada),
            license.id(),
            LicenseRecipient.email(new Teams(fixture).emailOf(bea)),
            DESK);

    assertThat(assigned.license().assigneeId()).contains(bea.accountId());
  }

  @Test
  void oneLicenseAssignedToTwoMembersAtOnceGoesToExactlyOne() throws Exception {
    License license = licenseOn(TransferRule.DEACTIVATE);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<LicenseView>> attempts = new ArrayList<>();
    try {
      for (Principal member : List.of(bea, cyd)) {
        Callable<LicenseView> assign =
            () -> {
              start.await();
              return licenses.assign(Teams.as(ada), license.id(), member.accountId(), DESK);
            };
        attempts.add(threads.submit(assign));
      }
      start.countDown();
      List<UUID> winners = new ArrayList<>();
      List<ErrorCode> refusals = new ArrayList<>();
      for (Future<LicenseView> attempt : attempts) {
        try {
          winners.add(attempt.get(30, TimeUnit.SECONDS).license().assigneeId().orElseThrow());
        } catch (ExecutionException e) {
          refusals.add(((LicensingException) e.getCause()).code());
        }
      }

      assertThat(winners).hasSize(1);
      assertThat(refusals).containsExactly(ErrorCode.CONFLICT);
      assertThat(licenses.get(Teams.as(ada), license.id()).license().assigneeId())
          .contains(winners.get(0));
      assertThat(audited("license.assigned")).hasSize(1);
    } finally {
      threads.shutdownNow();
    }
  }
}
