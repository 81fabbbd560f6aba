package org.openlicensing.api.licenses;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;

/** Devices taking and freeing the slots of a license, and asking whether they may run. */
public interface ActivationService {

  /**
   * Activates a device. The same fingerprint again returns its existing activation and uses no new
   * slot; a device past the license's limit is DEVICE_LIMIT_REACHED, even under concurrent requests
   * on several servers.
   */
  ActivationGrant activate(ActivationRequest request);

  /**
   * Frees the slot. The caller is the device, proving itself with the license key, or an account
   * that manages the license; for anyone else the activation is NOT_FOUND.
   */
  void deactivate(UUID activationId, Caller caller);

  /** Whether the key, and the device if a fingerprint is given, may run now. */
  ValidationResult validate(String licenseKey, String fingerprint);
}
