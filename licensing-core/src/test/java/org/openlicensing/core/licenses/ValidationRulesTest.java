package org.openlicensing.core.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.licenses.ValidationCode;

class ValidationRulesTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final int GRACE_DAYS = 3;

  private static License license(LicenseStatus status, Instant expiresAt) {
    return new License(
        UUID.randomUUID(),
        "KEY",
        UUID.randomUUID(),
        UUID.randomUUID(),
        "pro",
        status,
        expiresAt,
        new LicensePolicy(3, false, true, GRACE_DAYS, Duration.ofDays(7)),
        Set.of(),
        Optional.empty(),
        NOW);
  }

  private static License active() {
    return license(LicenseStatus.ACTIVE, NOW.plus(Duration.ofDays(10)));
  }

  private static Activation on(License license, String fingerprint) {
    return new Activation(
        UUID.randomUUID(), license.id(), fingerprint, Optional.empty(), Optional.empty(), NOW, NOW);
  }

  private static ValidationCode judge(
      License license, String fingerprint, List<Activation> active) {
    return ValidationRules.judge(Optional.of(license), fingerprint, active, NOW);
  }

  @Test
  void anUnknownKeyIsNotFound() {
    assertThat(ValidationRules.judge(Optional.empty(), "fp", List.of(), NOW))
        .isEqualTo(ValidationCode.NOT_FOUND);
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
  void suspensionIsReportedBeforeExpiryAndBeforeTheDevice() {
    License suspended = license(LicenseStatus.SUSPENDED, NOW.minus(Duration.ofDays(30)));
    assertThat(judge(suspended, "fp-9", List.of())).isEqualTo(ValidationCode.SUSPENDED);
  }

  @Test
  void revocationIsReportedFirst() {
    License revoked = license(LicenseStatus.REVOKED, NOW.minus(Duration.ofDays(30)));
    assertThat(judge(revoked, "fp-9", List.of())).isEqualTo(ValidationCode.REVOKED);
  }

  @Test
  void aStoredExpiredStatusIsExpiredWhateverTheDate() {
    assertThat(judge(license(LicenseStatus.EXPIRED, NOW.plus(Duration.ofDays(5))), null, List.of()))
        .isEqualTo(ValidationCode.EXPIRED);
  }
}
