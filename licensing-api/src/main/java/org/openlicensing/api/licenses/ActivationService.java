package org.openlicensing.api.licenses;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/** Devices taking and freeing the slots of a license, and asking whether they may run. */
public interface ActivationService {

  /**
   * Activates a device. The same fingerprint again returns its existing activation and uses no new
   * slot; a device past the license's limit (and its overage allowance) is DEVICE_LIMIT_REACHED,
   * even under concurrent requests on several servers. Under a floating license the device also
   * takes a lease, up to the concurrency limit (CONCURRENCY_LIMIT_REACHED); a user-bound license
   * must be assigned first (LICENSE_NOT_ASSIGNED). Activations are rate-limited per license and per
   * client address.
   */
  ActivationGrant activate(ActivationRequest request, ClientInfo client);

  /** As {@link #activate(ActivationRequest, ClientInfo)}, from inside the process. */
  default ActivationGrant activate(ActivationRequest request) {
    return activate(request, ClientInfo.UNKNOWN);
  }

  /**
   * Keeps a device's lease alive and returns a fresh token. The caller is the device, proving
   * itself with the license key; to anyone else the activation is NOT_FOUND. A lease that died (its
   * heartbeat window passed, or it was culled) is HEARTBEAT_DEAD: the device activates again. A
   * device of a node-locked license may heartbeat too, for a fresh token.
   */
  ActivationGrant heartbeat(UUID activationId, Caller caller);

  /**
   * Frees the slot. The caller is the device, proving itself with the license key, or an account
   * that manages the license; for anyone else the activation is NOT_FOUND.
   */
  void deactivate(UUID activationId, Caller caller);

  /**
   * Whether the key, the device if a fingerprint is given, and the entitlements asked for, pass.
   */
  ValidationResult validate(ValidationRequest request);

  /** Whether the key, and the device if a fingerprint is given, may run now. */
  default ValidationResult validate(String licenseKey, String fingerprint) {
    return validate(new ValidationRequest(licenseKey, fingerprint));
  }
}
