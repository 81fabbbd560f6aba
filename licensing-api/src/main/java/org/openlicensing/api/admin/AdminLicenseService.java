package org.openlicensing.api.admin;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.LicenseView;

/** Support's actions on any license, for platform ADMINs; each is audited. */
public interface AdminLicenseService {

  /** Frees every device of the license, without the holders' limit on resets. */
  LicenseView reset(Caller admin, UUID licenseId, ClientInfo client);
}
