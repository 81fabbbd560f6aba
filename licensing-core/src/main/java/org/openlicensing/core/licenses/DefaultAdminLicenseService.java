package org.openlicensing.core.licenses;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.admin.AdminLicenseService;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.organizations.BulkReport;

/** Support's actions on licenses, for platform ADMINs. */
public final class DefaultAdminLicenseService implements AdminLicenseService {
  private final DeviceReset reset;
  private final LicenseRevocation revocation;

  public DefaultAdminLicenseService(DeviceReset reset, LicenseRevocation revocation) {
    this.reset = reset;
    this.revocation = revocation;
  }

  @Override
  public LicenseView reset(Caller admin, UUID licenseId, ClientInfo client) {
    return reset.byAdmin(admin, licenseId, client);
  }

  @Override
  public LicenseView revoke(Caller admin, UUID licenseId, String reason, ClientInfo client) {
    return revocation.revoke(admin, licenseId, reason, client);
  }

  @Override
  public BulkReport revokeAll(
      Caller admin, List<UUID> licenseIds, String reason, ClientInfo client) {
    return revocation.revokeAll(admin, licenseIds, reason, client);
  }
}
