package org.openlicensing.core.licenses;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.ActivationService;
import org.openlicensing.api.licenses.ValidationRequest;
import org.openlicensing.api.licenses.ValidationResult;

/** The device-facing service, made of one class per operation. */
public final class DefaultActivationService implements ActivationService {
  private final DeviceActivation activation;
  private final LeaseHeartbeat heartbeat;
  private final DeviceDeactivation deactivation;
  private final LicenseValidation validation;

  public DefaultActivationService(
      DeviceActivation activation,
      LeaseHeartbeat heartbeat,
      DeviceDeactivation deactivation,
      LicenseValidation validation) {
    this.activation = activation;
    this.heartbeat = heartbeat;
    this.deactivation = deactivation;
    this.validation = validation;
  }

  @Override
  public ActivationGrant activate(ActivationRequest request, ClientInfo client) {
    return activation.activate(request, client);
  }

  @Override
  public ActivationGrant heartbeat(UUID activationId, Caller caller) {
    return heartbeat.heartbeat(activationId, caller);
  }

  @Override
  public void deactivate(UUID activationId, Caller caller) {
    deactivation.deactivate(activationId, caller);
  }

  @Override
  public ValidationResult validate(ValidationRequest request) {
    return validation.validate(request);
  }
}
