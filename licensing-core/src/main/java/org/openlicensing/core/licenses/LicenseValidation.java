package org.openlicensing.core.licenses;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.api.licenses.ValidationResult;
import org.openlicensing.core.persistence.Transactions;

/** Answers whether a key, and a device, may run now. Reads only; takes no locks. */
public final class LicenseValidation {
  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final ActivationRepository activations;
  private final Clock clock;

  public LicenseValidation(
      Transactions transactions,
      LicenseRepository licenses,
      ActivationRepository activations,
      Clock clock) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.activations = activations;
    this.clock = clock;
  }

  public ValidationResult validate(String licenseKey, String fingerprint) {
    DeviceRequestChecks.ValidationQuery query =
        DeviceRequestChecks.checkValidation(licenseKey, fingerprint);
    return transactions.inTransaction(
        () -> {
          Optional<License> license = licenses.findByKey(query.licenseKey());
          if (license.isEmpty()) {
            return new ValidationResult(ValidationCode.NOT_FOUND, Optional.empty());
          }
          List<Activation> active = activations.findActiveByLicense(license.get().id());
          ValidationCode code =
              ValidationRules.judge(license, query.fingerprint(), active, clock.instant());
          Optional<LicenseView> view = licenses.findView(license.get().id());
          return new ValidationResult(code, view);
        });
  }
}
