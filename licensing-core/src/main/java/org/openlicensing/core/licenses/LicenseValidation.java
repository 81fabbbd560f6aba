package org.openlicensing.core.licenses;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.licenses.ValidationRequest;
import org.openlicensing.api.licenses.ValidationResult;
import org.openlicensing.core.persistence.Transactions;

/** Answers whether a key, and a device, may run now. Reads only; takes no locks. */
public final class LicenseValidation {
  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final ActivationRepository activations;
  private final UsageCheck usage;
  private final Clock clock;

  public LicenseValidation(
      Transactions transactions,
      LicenseRepository licenses,
      ActivationRepository activations,
      UsageCheck usage,
      Clock clock) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.activations = activations;
    this.usage = usage;
    this.clock = clock;
  }

  public ValidationResult validate(ValidationRequest request) {
    DeviceRequestChecks.ValidationQuery query = DeviceRequestChecks.checkValidation(request);
    return transactions.inTransaction(
        () -> {
          Optional<License> found = licenses.findByKey(query.licenseKey());
          if (found.isEmpty()) {
            return new ValidationResult(ValidationRules.notFound().code(), Optional.empty());
          }
          License license = found.get();
          Instant now = clock.instant();
          List<Activation> active = activations.findActiveByLicense(license.id());
          ValidationRules.Judgement judgement =
              ValidationRules.judge(
                  license,
                  query.fingerprint(),
                  query.entitlements(),
                  active,
                  now,
                  () -> usage.limitReached(license, query.entitlements(), now));
          LicenseView view = licenses.viewOf(license, active.size());
          return new ValidationResult(judgement.code(), Optional.of(view), judgement.overage());
        });
  }
}
