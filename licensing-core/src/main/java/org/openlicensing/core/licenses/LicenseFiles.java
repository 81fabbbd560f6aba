package org.openlicensing.core.licenses;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseFile;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;

/**
 * Signs license files: a device's token, fetched by a person for a device that is activated and
 * then runs without the network. Each file is audited, because it lets a device run for a while
 * that no server sees.
 */
public final class LicenseFiles {
  /** Shorter files are pointless: the device would need a new one before it is carried over. */
  static final Duration MIN_TTL = Duration.ofHours(1);

  private final Transactions transactions;
  private final LicenseStores stores;
  private final ManagedLicenses managed;
  private final LicenseTokenIssuer tokens;
  private final AuditLog audit;

  public LicenseFiles(
      Transactions transactions,
      LicenseStores stores,
      OrganizationAccess access,
      LicenseTokenIssuer tokens,
      AuditLog audit) {
    this.transactions = transactions;
    this.stores = stores;
    this.managed = new ManagedLicenses(stores.licenses(), access);
    this.tokens = tokens;
    this.audit = audit;
  }

  public LicenseFile issue(
      Caller caller, UUID licenseId, String rawFingerprint, Duration ttl, ClientInfo client) {
    record Device(License license, Activation activation) {}
    Device device =
        transactions.inTransaction(
            () -> {
              // Access first: to a stranger the license is NOT_FOUND, whatever else is wrong.
              managed.requireHolderOrManager(caller, licenseId);
              String fingerprint = fingerprint(rawFingerprint);
              License license = stores.licenses().findById(licenseId).orElseThrow();
              UsableLicenses.require(license, stores.clock().instant());
              OfflinePolicy.requireOfflineUse(license.policy());
              Activation activation =
                  stores
                      .activations()
                      .findActive(licenseId, fingerprint)
                      .orElseThrow(
                          () ->
                              new LicensingException(
                                  ErrorCode.DEVICE_NOT_ACTIVATED,
                                  "no device with this fingerprint is active on the license;"
                                      + " activate it first, online or with a request file"));
              return new Device(license, activation);
            });
    Duration lifetime = lifetime(ttl, device.license().policy().tokenLifetime());
    LicenseTokenIssuer.SignedToken token =
        tokens.issue(device.license(), device.activation(), lifetime, Optional.empty());
    transactions.run(
        () ->
            audit.record(
                caller,
                AuditEntry.onLicense(
                        "license.file_issued", licenseId, device.license().organizationId())
                    .with("activationId", device.activation().id().toString())
                    .with("expiresAt", token.expiresAt().toString()),
                client));
    return new LicenseFile(licenseId, device.activation().id(), token.token(), token.expiresAt());
  }

  private static String fingerprint(String raw) {
    FieldChecks checks = new FieldChecks();
    String fingerprint =
        checks.text("fingerprint", raw, DeviceRequestChecks.MAX_FINGERPRINT_LENGTH);
    checks.throwIfAny();
    return fingerprint;
  }

  /** The TTL asked for, between an hour and the policy's token lifetime; that lifetime if none. */
  private static Duration lifetime(Duration asked, Duration policyLifetime) {
    if (asked == null) {
      return policyLifetime;
    }
    if (asked.compareTo(MIN_TTL) < 0 || asked.compareTo(policyLifetime) > 0) {
      throw LicensingException.invalid(
          "ttl",
          "must be between "
              + MIN_TTL.toSeconds()
              + " and "
              + policyLifetime.toSeconds()
              + " seconds (the plan's token lifetime)");
    }
    return asked;
  }
}
