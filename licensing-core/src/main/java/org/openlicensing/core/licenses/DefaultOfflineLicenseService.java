package org.openlicensing.core.licenses;

import java.time.Duration;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.LicenseFile;
import org.openlicensing.api.licenses.OfflineActivation;
import org.openlicensing.api.licenses.OfflineLicenseService;

/** License files and air-gapped activation, each done by its own class. */
public final class DefaultOfflineLicenseService implements OfflineLicenseService {
  private final LicenseFiles files;
  private final AirGappedActivation airGapped;

  public DefaultOfflineLicenseService(LicenseFiles files, AirGappedActivation airGapped) {
    this.files = files;
    this.airGapped = airGapped;
  }

  @Override
  public LicenseFile licenseFile(
      Caller caller, UUID licenseId, String fingerprint, Duration ttl, ClientInfo client) {
    return files.issue(caller, licenseId, fingerprint, ttl, client);
  }

  @Override
  public OfflineActivation activate(Caller caller, String requestFile, ClientInfo client) {
    return airGapped.activate(caller, requestFile, client);
  }
}
