package org.openlicensing.core.licenses;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;
import org.openlicensing.core.throttling.Throttle;

/**
 * Frees every device of a license at once, as when a holder's laptop was stolen or replaced. The
 * holder and the organization's license managers may do it themselves, a few times per license
 * (resetting often is how a license is shared round); platform admins may always. Each reset is
 * audited with the devices it stopped.
 */
public final class DeviceReset {
  private final Transactions transactions;
  private final LicenseStores stores;
  private final ManagedLicenses managed;
  private final Throttle throttle;
  private final AuditLog audit;

  public DeviceReset(
      Transactions transactions,
      LicenseStores stores,
      OrganizationAccess access,
      Throttle throttle,
      AuditLog audit) {
    this.transactions = transactions;
    this.stores = stores;
    this.managed = new ManagedLicenses(stores.licenses(), access);
    this.throttle = throttle;
    this.audit = audit;
  }

  /** For the holder and the organization's license managers; limited per license. */
  public LicenseView bySelfService(Caller caller, UUID licenseId, ClientInfo client) {
    // Refusals come before the limit, so that a stranger spends no holder's resets.
    transactions.run(() -> managed.requireHolderOrManager(caller, licenseId));
    throttle.perKey(throttle.limits().licenseResetsPerLicense(), licenseId.toString());
    return transactions.inTransaction(
        () ->
            reset(
                caller, managed.lockForHolderOrManager(caller, licenseId), "self-service", client));
  }

  /** For platform ADMINs, on any license, without the holders' limit. */
  public LicenseView byAdmin(Caller caller, UUID licenseId, ClientInfo client) {
    Callers.requirePlatformAdmin(caller);
    return transactions.inTransaction(
        () ->
            reset(
                caller,
                stores.licenses().lockById(licenseId).orElseThrow(ManagedLicenses::notFound),
                "platform-admin",
                client));
  }

  private LicenseView reset(Caller caller, License license, String by, ClientInfo client) {
    int devices =
        stores.activations().deactivateAllOf(List.of(license.id()), stores.clock().instant());
    audit.record(
        caller,
        AuditEntry.onLicense("license.reset", license.id(), license.organizationId())
            .with("by", by)
            .with("devicesDeactivated", Integer.toString(devices)),
        client);
    return stores.licenses().findView(license.id()).orElseThrow();
  }
}
