package org.openlicensing.core.licenses;

import java.util.UUID;
import org.openlicensing.api.admin.AdminLicenseService;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.LicenseView;

/** Support's actions on licenses, for platform ADMINs. */
public final class DefaultAdminLicenseService implements AdminLicenseService {
  private final DeviceReset reset;

  public DefaultAdminLicenseService(DeviceReset reset) {
    this.reset = reset;
  }

  @Override
  public LicenseView reset(Caller admin, UUID licenseId, ClientInfo client) {
    return reset.byAdmin(admin, licenseId, client);
  }
}
