package org.openlicensing.core.licenses;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.ActivationService;
import org.openlicensing.api.licenses.ValidationResult;

/** The device-facing service, made of one class per operation. */
public final class DefaultActivationService implements ActivationService {
  private final DeviceActivation activation;
  private final DeviceDeactivation deactivation;
  private final LicenseValidation validation;

  public DefaultActivationService(
      DeviceActivation activation, DeviceDeactivation deactivation, LicenseValidation validation) {
    this.activation = activation;
    this.deactivation = deactivation;
    this.validation = validation;
  }

  @Override
  public ActivationGrant activate(ActivationRequest request) {
    return activation.activate(request);
  }

  @Override
  public void deactivate(UUID activationId, Caller caller) {
    deactivation.deactivate(activationId, caller);
  }

  @Override
  public ValidationResult validate(String licenseKey, String fingerprint) {
    return validation.validate(licenseKey, fingerprint);
  }
}
