package org.openlicensing.api.licenses;

import java.time.Duration;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/**
 * Licenses for devices that run without the network: signed license files, and activation by files
 * carried to and from an air-gapped device. Both are for licenses whose policy allows offline use
 * and is node-locked (a floating lease lives on heartbeats, which an offline device cannot send):
 * OFFLINE_NOT_ALLOWED otherwise.
 */
public interface OfflineLicenseService {

  /**
   * A signed license file for a device activated on the license, for those who may see the license
   * (its holder, its organization's managers, API keys of the organization). The file holds a token
   * of the same format as an activation's, valid for {@code ttl} (the policy's token lifetime when
   * null, never longer), and never past the license's last usable day.
   *
   * @throws org.openlicensing.api.LicensingException DEVICE_NOT_ACTIVATED when the fingerprint has
   *     no activation on the license; NOT_FOUND for a license the caller may not see
   */
  LicenseFile licenseFile(
      Caller caller, UUID licenseId, String fingerprint, Duration ttl, ClientInfo client);

  /**
   * Activates the device that wrote the request file (see {@link
   * org.openlicensing.api.offline.ActivationRequestFile}) and answers the signed response file. The
   * slot counts like any activation, under the same limits; the same device again takes no new
   * slot. The caller must be allowed to see the license the file names: NOT_FOUND otherwise, as for
   * an unknown key.
   *
   * @throws org.openlicensing.api.LicensingException ACTIVATION_REQUEST_INVALID for a file that
   *     cannot be read
   */
  OfflineActivation activate(Caller caller, String requestFile, ClientInfo client);
}
