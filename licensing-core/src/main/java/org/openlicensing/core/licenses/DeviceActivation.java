package org.openlicensing.core.licenses;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Ids;

/**
 * Takes a slot of a license for a device. The license row is locked for the length of the
 * transaction, so counting the active devices and adding one is a single step even when many
 * requests race on several servers: a license never runs on more devices than it allows.
 */
public final class DeviceActivation {
  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final ActivationRepository activations;
  private final LicenseTokenIssuer tokens;
  private final Clock clock;

  public DeviceActivation(
      Transactions transactions,
      LicenseRepository licenses,
      ActivationRepository activations,
      LicenseTokenIssuer tokens,
      Clock clock) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.activations = activations;
    this.tokens = tokens;
    this.clock = clock;
  }

  public ActivationGrant activate(ActivationRequest raw) {
    ActivationRequest request = DeviceRequestChecks.check(raw);
    record Taken(License license, Activation activation, boolean created) {}
    Taken taken =
        transactions.inTransaction(
            () -> {
              Instant now = clock.instant();
              License license =
                  licenses
                      .lockByKey(request.licenseKey())
                      .orElseThrow(() -> LicensingException.notFound("license"));
              requireUsable(license, now);
              Optional<Activation> existing =
                  activations.findActive(license.id(), request.fingerprint());
              if (existing.isPresent()) {
                activations.touch(existing.get().id(), now);
                return new Taken(license, existing.get(), false);
              }
              if (activations.countActive(license.id()) >= license.maxActivations()) {
                throw new LicensingException(
                    ErrorCode.DEVICE_LIMIT_REACHED,
                    "the license is active on "
                        + license.maxActivations()
                        + " devices already; deactivate one first");
              }
              Activation activation =
                  new Activation(
                      Ids.newId(clock),
                      license.id(),
                      request.fingerprint(),
                      Optional.ofNullable(request.name()),
                      Optional.ofNullable(request.platform()),
                      now,
                      now);
              activations.insert(activation);
              return new Taken(license, activation, true);
            });
    // Signing needs no lock, so it happens after the commit.
    LicenseTokenIssuer.SignedToken token = tokens.issue(taken.license(), taken.activation());
    return new ActivationGrant(
        taken.activation(), token.token(), token.expiresAt(), taken.created());
  }

  private static void requireUsable(License license, Instant now) {
    ValidationCode state = ValidationRules.judgeState(license, now);
    switch (state) {
      case VALID -> {}
      case REVOKED ->
          throw new LicensingException(ErrorCode.LICENSE_REVOKED, "the license is revoked");
      case SUSPENDED ->
          throw new LicensingException(ErrorCode.LICENSE_SUSPENDED, "the license is suspended");
      default ->
          throw new LicensingException(
              ErrorCode.LICENSE_EXPIRED, "the license expired at " + license.expiresAt());
    }
  }
}
