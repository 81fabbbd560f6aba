package org.openlicensing.core.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.licenses.ValidationCode;

class ValidationRulesTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final int GRACE_DAYS = 3;
  private static final Duration WINDOW = Duration.ofMinutes(10);
  private static final LicensePolicy NODE_LOCKED =
      new LicensePolicy(3, false, true, GRACE_DAYS, Duration.ofDays(7));
  private static final LicensePolicy FLOATING = NODE_LOCKED.floating(2, WINDOW);

  private static License license(LicenseStatus status, Instant expiresAt, LicensePolicy policy) {
    return new License(
        UUID.randomUUID(),
        "KEY",
        UUID.randomUUID(),
        UUID.randomUUID(),
        "pro",
        status,
        expiresAt,
        policy,
        Set.of("core", "export"),
        Optional.empty(),
        NOW);
  }

  private static License license(LicenseStatus status, Instant expiresAt) {
    return license(status, expiresAt, NODE_LOCKED);
  }

  private static License active(LicensePolicy policy) {
    return license(LicenseStatus.ACTIVE, NOW.plus(Duration.ofDays(10)), policy);
  }

  private static License active() {
    return active(NODE_LOCKED);
  }

  private static Activation on(License license, String fingerprint) {
    return new Activation(
        UUID.randomUUID(), license.id(), fingerprint, Optional.empty(), Optional.empty(), NOW, NOW);
  }

  /** A device of a floating license whose lease ends {@code leaseLeft} from now. */
  private static Activation leased(License license, String fingerprint, Duration leaseLeft) {
    return new Activation(
        UUID.randomUUID(),
        license.id(),
        fingerprint,
        Optional.empty(),
        Optional.empty(),
        NOW,
        NOW,
        Optional.of(NOW.plus(leaseLeft)));
  }

  private static List<Activation> devices(License license, int count) {
    List<Activation> devices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      devices.add(on(license, "fp-" + i));
    }
    return devices;
  }

  private static ValidationRules.Judgement judgement(
      License license, String fingerprint, Set<String> entitlements, List<Activation> active) {
    return ValidationRules.judge(license, fingerprint, entitlements, active, NOW, () -> false);
  }

  private static ValidationCode judge(
      License license, String fingerprint, List<Activation> active) {
    return judgement(license, fingerprint, Set.of(), active).code();
  }

  @Test
  void theCodesAreDeclaredInTheDocumentedOrder() {
    assertThat(ValidationCode.values())
        .containsExactly(
            ValidationCode.VALID,
            ValidationCode.NOT_FOUND,
            ValidationCode.EXPIRED,
            ValidationCode.SUSPENDED,
            ValidationCode.REVOKED,
            ValidationCode.NOT_ACTIVATED,
            ValidationCode.FINGERPRINT_MISMATCH,
            ValidationCode.HEARTBEAT_DEAD,
            ValidationCode.TOO_MANY_ACTIVATIONS,
            ValidationCode.USAGE_LIMIT_REACHED,
            ValidationCode.ENTITLEMENT_MISSING);
  }

  @Test
  void anUnknownKeyIsNotFound() {
    assertThat(ValidationRules.notFound().code()).isEqualTo(ValidationCode.NOT_FOUND);
  }

  @Test
  void anActiveLicenseWithoutFingerprintIsValid() {
    assertThat(judge(active(), null, List.of())).isEqualTo(ValidationCode.VALID);
  }

  @Test
  void theActivatedDeviceIsValid() {
    License license = active();
    assertThat(judge(license, "fp-1", List.of(on(license, "fp-1"))))
        .isEqualTo(ValidationCode.VALID);
  }

  @Test
  void aDeviceOfALicenseWithNoActivationsIsNotActivated() {
    assertThat(judge(active(), "fp-1", List.of())).isEqualTo(ValidationCode.NOT_ACTIVATED);
  }

  @Test
  void anotherDeviceIsAFingerprintMismatch() {
    License license = active();
    assertThat(judge(license, "fp-2", List.of(on(license, "fp-1"))))
        .isEqualTo(ValidationCode.FINGERPRINT_MISMATCH);
  }

  @Test
  void aLicensePastItsGracePeriodIsExpired() {
    License lapsed = license(LicenseStatus.ACTIVE, NOW.minus(Duration.ofDays(GRACE_DAYS)));
    assertThat(judge(lapsed, null, List.of())).isEqualTo(ValidationCode.EXPIRED);
  }

  @Test
  void aLicenseWithinItsGracePeriodIsStillValid() {
    License inGrace =
        license(LicenseStatus.ACTIVE, NOW.minus(Duration.ofDays(GRACE_DAYS)).plusSeconds(1));
    assertThat(judge(inGrace, null, List.of())).isEqualTo(ValidationCode.VALID);
  }

  @Test
  void aStoredExpiredStatusIsExpiredWhateverTheDate() {
    assertThat(judge(license(LicenseStatus.EXPIRED, NOW.plus(Duration.ofDays(5))), null, List.of()))
        .isEqualTo(ValidationCode.EXPIRED);
  }

  @Test
  void expiryIsReportedBeforeSuspensionAndRevocation() {
    Instant lapsed = NOW.minus(Duration.ofDays(30));
    assertThat(judge(license(LicenseStatus.SUSPENDED, lapsed), "fp-9", List.of()))
        .isEqualTo(ValidationCode.EXPIRED);
    assertThat(judge(license(LicenseStatus.REVOKED, lapsed), "fp-9", List.of()))
        .isEqualTo(ValidationCode.EXPIRED);
  }

  @Test
  void suspensionIsReportedBeforeTheDevice() {
    License suspended = license(LicenseStatus.SUSPENDED, NOW.plus(Duration.ofDays(30)));
    assertThat(judge(suspended, "fp-9", List.of())).isEqualTo(ValidationCode.SUSPENDED);
  }

  @Test
  void revocationIsReportedBeforeTheDevice() {
    License revoked = license(LicenseStatus.REVOKED, NOW.plus(Duration.ofDays(30)));
    assertThat(judge(revoked, "fp-9", List.of())).isEqualTo(ValidationCode.REVOKED);
  }

  @Test
  void aFloatingDeviceWithALiveLeaseIsValid() {
    License license = active(FLOATING);
    assertThat(judge(license, "fp-1", List.of(leased(license, "fp-1", Duration.ofSeconds(1)))))
        .isEqualTo(ValidationCode.VALID);
  }

  @Test
  void aFloatingDeviceWhoseLeaseEndsNowOrWasCulledIsHeartbeatDead() {
    License license = active(FLOATING);
    assertThat(judge(license, "fp-1", List.of(leased(license, "fp-1", Duration.ZERO))))
        .isEqualTo(ValidationCode.HEARTBEAT_DEAD);
    assertThat(judge(license, "fp-1", List.of(on(license, "fp-1"))))
        .isEqualTo(ValidationCode.HEARTBEAT_DEAD);
  }

  @Test
  void aFingerprintMismatchIsReportedBeforeADeadHeartbeat() {
    License license = active(FLOATING);
    assertThat(judge(license, "fp-2", List.of(on(license, "fp-1"))))
        .isEqualTo(ValidationCode.FINGERPRINT_MISMATCH);
  }

  @Test
  void aNodeLockedDeviceNeedsNoLease() {
    License license = active(NODE_LOCKED);
    assertThat(judge(license, "fp-1", List.of(on(license, "fp-1"))))
        .isEqualTo(ValidationCode.VALID);
  }

  @Test
  void moreDevicesThanTheLimitWithoutOverageAreTooManyActivations() {
    License license = active();
    assertThat(judge(license, null, devices(license, 3))).isEqualTo(ValidationCode.VALID);
    assertThat(judge(license, null, devices(license, 4)))
        .isEqualTo(ValidationCode.TOO_MANY_ACTIVATIONS);
  }

  @Test
  void aDeadHeartbeatIsReportedBeforeTooManyActivations() {
    License license = active(FLOATING);
    List<Activation> active = devices(license, 4);
    assertThat(judge(license, "fp-0", active)).isEqualTo(ValidationCode.HEARTBEAT_DEAD);
  }

  @Test
  void devicesWithinTheOverageBandAreValidWithTheOverageFlag() {
    License license =
        active(
            new LicensePolicy(4, false, true, 1, Duration.ofDays(7))
                .withOverage(OverageAllowance.ALLOW_1_25X));

    ValidationRules.Judgement atLimit = judgement(license, null, Set.of(), devices(license, 4));
    ValidationRules.Judgement inBand = judgement(license, "fp-4", Set.of(), devices(license, 5));
    ValidationRules.Judgement past = judgement(license, null, Set.of(), devices(license, 6));

    assertThat(atLimit).isEqualTo(new ValidationRules.Judgement(ValidationCode.VALID, false));
    assertThat(inBand).isEqualTo(new ValidationRules.Judgement(ValidationCode.VALID, true));
    assertThat(past)
        .isEqualTo(new ValidationRules.Judgement(ValidationCode.TOO_MANY_ACTIVATIONS, false));
  }

  @Test
  void liveLeasesPastTheConcurrencyLimitAreTooManyActivationsAndDeadOnesDoNotCount() {
    License license = active(FLOATING);
    List<Activation> threeLive =
        List.of(
            leased(license, "a", WINDOW),
            leased(license, "b", WINDOW),
            leased(license, "c", WINDOW));
    List<Activation> twoLiveOneDead =
        List.of(
            leased(license, "a", WINDOW),
            leased(license, "b", WINDOW),
            leased(license, "c", Duration.ofSeconds(-1)));

    assertThat(judge(license, "a", threeLive)).isEqualTo(ValidationCode.TOO_MANY_ACTIVATIONS);
    assertThat(judge(license, "a", twoLiveOneDead)).isEqualTo(ValidationCode.VALID);
  }

  @Test
  void liveLeasesWithinTheOverageBandAreValidWithTheOverageFlag() {
    License license = active(FLOATING.withOverage(OverageAllowance.ALLOW_1_5X));
    List<Activation> threeLive =
        List.of(
            leased(license, "a", WINDOW),
            leased(license, "b", WINDOW),
            leased(license, "c", WINDOW));

    assertThat(judgement(license, "a", Set.of(), threeLive))
        .isEqualTo(new ValidationRules.Judgement(ValidationCode.VALID, true));
  }

  @Test
  void aUsedUpQuotaIsReportedAfterTooManyActivations() {
    License license = active();
    assertThat(
            ValidationRules.judge(license, null, Set.of(), devices(license, 4), NOW, () -> true)
                .code())
        .isEqualTo(ValidationCode.TOO_MANY_ACTIVATIONS);
    assertThat(
            ValidationRules.judge(license, null, Set.of(), devices(license, 1), NOW, () -> true)
                .code())
        .isEqualTo(ValidationCode.USAGE_LIMIT_REACHED);
  }

  @Test
  void usageIsNotAskedWhenAnEarlierRuleAnswers() {
    License suspended = license(LicenseStatus.SUSPENDED, NOW.plus(Duration.ofDays(30)));
    assertThat(
            ValidationRules.judge(
                    suspended,
                    null,
                    Set.of(),
                    List.of(),
                    NOW,
                    () -> {
                      throw new AssertionError("usage was asked");
                    })
                .code())
        .isEqualTo(ValidationCode.SUSPENDED);
  }

  @Test
  void aMissingEntitlementIsReportedLast() {
    License license = active();
    assertThat(judgement(license, null, Set.of("core", "export"), List.of()).code())
        .isEqualTo(ValidationCode.VALID);
    assertThat(judgement(license, null, Set.of("core", "sso"), List.of()).code())
        .isEqualTo(ValidationCode.ENTITLEMENT_MISSING);
    assertThat(
            ValidationRules.judge(license, null, Set.of("sso"), List.of(), NOW, () -> true).code())
        .isEqualTo(ValidationCode.USAGE_LIMIT_REACHED);
  }
}
