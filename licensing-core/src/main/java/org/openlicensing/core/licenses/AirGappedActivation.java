package org.openlicensing.core.licenses;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.OfflineActivation;
import org.openlicensing.api.offline.ActivationRequestFile;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;

/**
 * Activates a device that never reaches the server: a person uploads the device's request file and
 * carries the signed response back. The slot is taken exactly as an online activation takes it
 * (same lock, same limits, same throttles); the person must hold the license or manage its
 * organization's licenses, since the request file itself proves nothing but knowledge of the key.
 */
public final class AirGappedActivation {
  /** A request file is a few hundred bytes; anything much larger is not one. */
  public static final int MAX_REQUEST_LENGTH = 16 * 1024;

  private final Transactions transactions;
  private final LicenseStores stores;
  private final ManagedLicenses managed;
  private final DeviceActivation devices;
  private final LicenseTokenIssuer tokens;
  private final AuditLog audit;

  public AirGappedActivation(
      Transactions transactions,
      LicenseStores stores,
      OrganizationAccess access,
      DeviceActivation devices,
      LicenseTokenIssuer tokens,
      AuditLog audit) {
    this.transactions = transactions;
    this.stores = stores;
    this.managed = new ManagedLicenses(stores.licenses(), access);
    this.devices = devices;
    this.tokens = tokens;
    this.audit = audit;
  }

  public OfflineActivation activate(Caller caller, String requestFile, ClientInfo client) {
    ActivationRequestFile file = read(requestFile);
    ActivationRequest request =
        DeviceRequestChecks.check(
            new ActivationRequest(
                file.licenseKey(),
                file.fingerprint(),
                file.name().orElse(null),
                file.platform().orElse(null)));
    // Access is judged before the lock, so that no stranger locks another tenant's row.
    boolean asHolder =
        transactions.inTransaction(
            () -> {
              License license =
                  stores
                      .licenses()
                      .findByKey(request.licenseKey())
                      .orElseThrow(ManagedLicenses::notFound);
              return managed.requireHolderOrManager(caller, license.id());
            });
    ActivationSlots.Taken taken =
        devices.take(
            request,
            client,
            locked -> {
              // A holder let in before the lock may have lost the license meanwhile.
              if (asHolder && !ManagedLicenses.isHolder(caller, locked)) {
                throw ManagedLicenses.notFound();
              }
              OfflinePolicy.requireOfflineUse(locked.policy());
            });
    LicenseTokenIssuer.SignedToken token =
        tokens.issue(
            taken.license(),
            taken.activation(),
            taken.license().policy().tokenLifetime(),
            Optional.of(file.nonce()));
    transactions.run(
        () ->
            audit.record(
                caller,
                AuditEntry.onLicense(
                        "license.activated_offline",
                        taken.license().id(),
                        taken.license().organizationId())
                    .with("activationId", taken.activation().id().toString())
                    .with("newSlot", Boolean.toString(taken.created())),
                client));
    return new OfflineActivation(DeviceActivation.grant(taken, token), file.nonce());
  }

  private static ActivationRequestFile read(String text) {
    if (text == null || text.isBlank()) {
      throw invalid("no request file was sent");
    }
    if (text.length() > MAX_REQUEST_LENGTH) {
      throw invalid("a request file is at most " + MAX_REQUEST_LENGTH + " characters");
    }
    try {
      return ActivationRequestFile.parse(text);
    } catch (ParseException e) {
      throw invalid(e.getMessage());
    }
  }

  private static LicensingException invalid(String why) {
    return new LicensingException(
        ErrorCode.ACTIVATION_REQUEST_INVALID,
        "the activation request file cannot be read: " + why,
        List.of(new FieldError("request", why)));
  }
}
