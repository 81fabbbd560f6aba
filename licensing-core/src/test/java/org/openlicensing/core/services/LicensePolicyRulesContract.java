package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.PlanDraft.PolicyDraft;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.ActivationService;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.api.licenses.ValidationRequest;
import org.openlicensing.api.licenses.ValidationResult;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.core.licenses.UsageCheck;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * The rules a plan's policy sets for its licenses, and validation's documented order: user-bound
 * licenses, the overage band, entitlement scopes, usage quotas, and a device reused across licenses
 * reported to security monitoring.
 */
public abstract class LicensePolicyRulesContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  /** Usage metering as validation sees it: the quota is used up when the test says so. */
  private static final class StubUsage implements UsageCheck {
    volatile boolean reached;
    final List<Set<String>> asked = Collections.synchronizedList(new ArrayList<>());

    @Override
    public boolean limitReached(License license, Set<String> metrics, Instant now) {
      asked.add(metrics);
      return reached;
    }
  }

  private final StubUsage usage = new StubUsage();
  private CoreFixture fixture;
  private PolicyPlans plans;
  private ActivationService devices;
  private Principal ada;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence(), builder -> builder.usageCheck(usage));
    plans = new PolicyPlans(fixture);
    devices = fixture.licensing.activations();
    ada = fixture.customer();
  }

  private ActivationGrant activate(License license, String fingerprint) {
    return devices.activate(new ActivationRequest(license.key(), fingerprint, null, null));
  }

  private ValidationResult validate(License license, String fingerprint, List<String> scope) {
    return devices.validate(new ValidationRequest(license.key(), fingerprint, scope));
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private static List<String> fieldsAtFault(Runnable action) {
    LicensingException e = catchThrowableOfType(LicensingException.class, action::run);
    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    return e.fieldErrors().stream().map(FieldError::field).toList();
  }

  private String planWith(PolicyDraft policy) {
    return plans.plan(policy);
  }

  @Test
  void aUserBoundLicenseActivatesOnlyWhileAssigned() {
    Teams teams = new Teams(fixture);
    UUID organization = teams.organizationOf(ada);
    Principal bea = teams.member(ada, organization, OrganizationRole.MEMBER);
    String plan = planWith(new PolicyDraft(2, false, true, 7, 14, null, null, true, null, null));
    License license = plans.buy(Teams.as(ada), organization, plan, 1).get(0);

    assertThat(codeOf(() -> activate(license, "d1"))).isEqualTo(ErrorCode.LICENSE_NOT_ASSIGNED);
    assertThat(validate(license, "d1", null).code()).isEqualTo(ValidationCode.NOT_ACTIVATED);

    fixture
        .licensing
        .licenses()
        .assign(Teams.as(ada), license.id(), bea.accountId(), ClientInfo.UNKNOWN);
    assertThat(activate(license, "d1").created()).isTrue();

    fixture.licensing.licenses().unassign(Teams.as(ada), license.id(), ClientInfo.UNKNOWN);
    assertThat(validate(license, "d1", null).code()).isEqualTo(ValidationCode.NOT_ACTIVATED);
    assertThat(codeOf(() -> activate(license, "d1"))).isEqualTo(ErrorCode.LICENSE_NOT_ASSIGNED);
  }

  @Test
  void overageLetsDevicesPastTheLimitUpToTheBandAndFlagsThem() {
    String plan =
        planWith(
            new PolicyDraft(
                4, false, true, 7, 14, null, null, null, OverageAllowance.ALLOW_1_25X, null));
    License license = plans.buyOne(ada, plan);
    List<ActivationGrant> grants = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      grants.add(activate(license, "d" + i));
    }
    assertThat(validate(license, "d1", null).overage()).isFalse();

    grants.add(activate(license, "d5"));
    ValidationResult inBand = validate(license, "d5", null);

    assertThat(inBand.code()).isEqualTo(ValidationCode.VALID);
    assertThat(inBand.overage()).isTrue();
    assertThat(codeOf(() -> activate(license, "d6"))).isEqualTo(ErrorCode.DEVICE_LIMIT_REACHED);

    devices.deactivate(grants.get(0).activation().id(), new Caller.LicenseKeyCaller(license.key()));
    assertThat(validate(license, "d5", null).overage()).isFalse();
  }

  @Test
  void floatingOverageAppliesToTheConcurrencyLimitToo() {
    String plan =
        planWith(
            new PolicyDraft(4, true, true, 7, 14, 2, 300, null, OverageAllowance.ALLOW_1_5X, null));
    License license = plans.buyOne(ada, plan);
    activate(license, "d1");
    activate(license, "d2");

    activate(license, "d3");

    assertThat(validate(license, "d3", null).overage()).isTrue();
    assertThat(codeOf(() -> activate(license, "d4")))
        .isEqualTo(ErrorCode.CONCURRENCY_LIMIT_REACHED);
  }

  @Test
  void aLicenseWithMoreDevicesThanItsPlanNowAllowsIsTooManyActivations() {
    License license = plans.buyOne(ada, planWith(PolicyPlans.policy(3)));
    activate(license, "d1");
    activate(license, "d2");
    String smaller = planWith(PolicyPlans.policy(1));
    fixture
        .store
        .transactions()
        .run(
            () ->
                fixture
                    .store
                    .licenses()
                    .changePlan(
                        license.subscriptionId(),
                        fixture.licensing.catalog().plan(smaller).orElseThrow()));

    assertThat(validate(license, "d1", null).code()).isEqualTo(ValidationCode.TOO_MANY_ACTIVATIONS);
    assertThat(validate(license, "d9", null).code()).isEqualTo(ValidationCode.FINGERPRINT_MISMATCH);
    assertThat(codeOf(() -> activate(license, "d3"))).isEqualTo(ErrorCode.DEVICE_LIMIT_REACHED);
  }

  @Test
  void aValidationMayAskForEntitlements() {
    License license = plans.buyOne(ada, planWith(PolicyPlans.policy(3)));

    assertThat(validate(license, null, List.of("core", "exports")).code())
        .isEqualTo(ValidationCode.VALID);
    assertThat(validate(license, null, List.of("core", "core")).code())
        .isEqualTo(ValidationCode.VALID);
    assertThat(validate(license, null, List.of("core", "sso")).code())
        .isEqualTo(ValidationCode.ENTITLEMENT_MISSING);
  }

  @Test
  void aUsedUpQuotaIsUsageLimitReachedBeforeAMissingEntitlement() {
    License license = plans.buyOne(ada, planWith(PolicyPlans.policy(3)));
    usage.reached = true;

    ValidationResult result = validate(license, null, List.of("exports", "sso"));

    assertThat(result.code()).isEqualTo(ValidationCode.USAGE_LIMIT_REACHED);
    assertThat(result.valid()).isFalse();
    assertThat(usage.asked).containsExactly(Set.of("exports", "sso"));
  }

  @Test
  void usageIsNotAskedOfALicenseThatFailsAnEarlierRule() {
    License license = plans.buyOne(ada, planWith(PolicyPlans.policy(3)));
    usage.reached = true;
    fixture
        .store
        .transactions()
        .run(() -> fixture.store.licenses().suspendAll(license.subscriptionId()));

    assertThat(validate(license, null, null).code()).isEqualTo(ValidationCode.SUSPENDED);
    assertThat(usage.asked).isEmpty();
  }

  @Test
  void expiryIsReportedBeforeSuspensionAndSuspensionBeforeTheDevice() {
    License license = plans.buyOne(ada, planWith(PolicyPlans.policy(3)));
    fixture
        .store
        .transactions()
        .run(() -> fixture.store.licenses().suspendAll(license.subscriptionId()));

    assertThat(validate(license, "unknown-device", null).code())
        .isEqualTo(ValidationCode.SUSPENDED);
    fixture.clock.advance(Duration.ofDays(31 + 7).plusSeconds(1));
    assertThat(validate(license, "unknown-device", null).code()).isEqualTo(ValidationCode.EXPIRED);
  }

  @Test
  void aValidationNamesTheFieldsAtFault() {
    License license = plans.buyOne(ada, planWith(PolicyPlans.policy(3)));
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tooMany.add("e" + i);
    }

    assertThat(fieldsAtFault(() -> validate(license, null, tooMany)))
        .containsExactly("entitlements");
    assertThat(fieldsAtFault(() -> validate(license, null, Arrays.asList("core", " "))))
        .containsExactly("entitlements[1]");
    assertThat(fieldsAtFault(() -> validate(license, null, List.of("x".repeat(41)))))
        .containsExactly("entitlements[0]");
    assertThat(fieldsAtFault(() -> devices.validate(new ValidationRequest(null, null, List.of()))))
        .containsExactly("licenseKey");
  }

  @Test
  void aDeviceActiveOnAnotherLicenseIsAllowedAndReportedOnce() {
    License first = plans.buyOne(ada, "pro");
    License second = plans.buyOne(ada, "pro");
    activate(first, "shared-device");

    assertThat(activate(second, "shared-device").created()).isTrue();
    activate(second, "shared-device");
    activate(second, "own-device");

    List<SecurityEvent> reuses =
        fixture.licensing.securityEvents().recent(plans.root(), null, 100).items().stream()
            .filter(e -> e.type() == SecurityEventType.FINGERPRINT_REUSED)
            .toList();
    assertThat(reuses).hasSize(1);
    assertThat(reuses.get(0).details())
        .containsEntry("licenseId", second.id().toString())
        .containsEntry("organizationId", second.organizationId().toString())
        .containsEntry("fingerprint", "shared-device")
        .containsEntry("otherLicenseIds", first.id().toString());
    assertThat(validate(first, "shared-device", null).code()).isEqualTo(ValidationCode.VALID);
    assertThat(validate(second, "shared-device", null).code()).isEqualTo(ValidationCode.VALID);
  }
}
