package org.openlicensing.core.licenses;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.licenses.ValidationCode;

/**
 * The order in which a license is judged, as {@link ValidationCode} documents it; pure, so that
 * every rule is tested on its own.
 */
final class ValidationRules {
  private ValidationRules() {}

  /** The code, and whether the license runs within its overage allowance. */
  record Judgement(ValidationCode code, boolean overage) {
    static Judgement of(ValidationCode code) {
      return new Judgement(code, false);
    }
  }

  /**
   * @param fingerprint the device asking, or null to judge the license alone
   * @param entitlements the entitlements the validation asks for; empty for none
   * @param activeActivations the license's active activations, with their leases
   * @param usageReached asked only when every rule before it passed, since it may cost a query
   */
  static Judgement judge(
      License license,
      String fingerprint,
      Set<String> entitlements,
      List<Activation> activeActivations,
      Instant now,
      BooleanSupplier usageReached) {
    ValidationCode state = judgeState(license, now);
    if (state != ValidationCode.VALID) {
      return Judgement.of(state);
    }
    LicensePolicy policy = license.policy();
    if (fingerprint != null) {
      ValidationCode device = judgeDevice(policy, fingerprint, activeActivations, now);
      if (device != ValidationCode.VALID) {
        return Judgement.of(device);
      }
    }
    int devices = activeActivations.size();
    int leases = policy.floating() ? liveLeases(activeActivations, now) : 0;
    if (devices > policy.allowedDevices() || leases > policy.allowedLeases()) {
      return Judgement.of(ValidationCode.TOO_MANY_ACTIVATIONS);
    }
    if (usageReached.getAsBoolean()) {
      return Judgement.of(ValidationCode.USAGE_LIMIT_REACHED);
    }
    if (!license.entitlements().containsAll(entitlements)) {
      return Judgement.of(ValidationCode.ENTITLEMENT_MISSING);
    }
    boolean overage = devices > policy.deviceLimit() || leases > policy.concurrencyLimit();
    return new Judgement(ValidationCode.VALID, overage);
  }

  /** The judgement of a key no license has. */
  static Judgement notFound() {
    return Judgement.of(ValidationCode.NOT_FOUND);
  }

  /** The license's own state, before any device is considered: expiry first, as documented. */
  static ValidationCode judgeState(License license, Instant now) {
    if (license.isExpiredAt(now)) {
      return ValidationCode.EXPIRED;
    }
    if (license.status() == LicenseStatus.SUSPENDED) {
      return ValidationCode.SUSPENDED;
    }
    if (license.status() == LicenseStatus.REVOKED) {
      return ValidationCode.REVOKED;
    }
    return ValidationCode.VALID;
  }

  private static ValidationCode judgeDevice(
      LicensePolicy policy, String fingerprint, List<Activation> active, Instant now) {
    if (active.isEmpty()) {
      return ValidationCode.NOT_ACTIVATED;
    }
    Optional<Activation> device =
        active.stream().filter(a -> a.fingerprint().equals(fingerprint)).findFirst();
    if (device.isEmpty()) {
      return ValidationCode.FINGERPRINT_MISMATCH;
    }
    if (policy.floating() && !device.get().holdsLeaseAt(now)) {
      return ValidationCode.HEARTBEAT_DEAD;
    }
    return ValidationCode.VALID;
  }

  private static int liveLeases(List<Activation> active, Instant now) {
    return (int) active.stream().filter(a -> a.holdsLeaseAt(now)).count();
  }
}
