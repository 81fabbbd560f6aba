package org.openlicensing.core.licenses;

import java.time.Clock;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Secrets;

/**
 * Frees a device's slot. Allowed for the device itself, which proves itself with the license key,
 * and for the accounts that manage the license's organization; to anyone else the activation does
 * not exist.
 */
public final class DeviceDeactivation {
  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final ActivationRepository activations;
  private final OrganizationAccess access;
  private final Clock clock;

  public DeviceDeactivation(
      Transactions transactions,
      LicenseRepository licenses,
      ActivationRepository activations,
      OrganizationAccess access,
      Clock clock) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.activations = activations;
    this.access = access;
    this.clock = clock;
  }

  public void deactivate(UUID activationId, Caller caller) {
    transactions.run(
        () -> {
          Activation activation =
              activations.findActiveById(activationId).orElseThrow(DeviceDeactivation::notFound);
          License license = licenses.findById(activation.licenseId()).orElseThrow();
          if (!mayDeactivate(caller, license)) {
            throw notFound();
          }
          if (!activations.deactivate(activationId, clock.instant())) {
            throw notFound();
          }
        });
  }

  private boolean mayDeactivate(Caller caller, License license) {
    if (caller instanceof Caller.LicenseKeyCaller device) {
      return Secrets.sameSecret(LicenseKeys.normalize(device.licenseKey()), license.key());
    }
    if (caller instanceof Caller.AccountCaller account && account.principal().isPlatformAdmin()) {
      return true;
    }
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      return apiKey.key().allows(license.organizationId(), ApiKeyScope.WRITE);
    }
    return access.maySeeAll(caller, license.organizationId());
  }

  private static LicensingException notFound() {
    return LicensingException.notFound("activation");
  }
}
