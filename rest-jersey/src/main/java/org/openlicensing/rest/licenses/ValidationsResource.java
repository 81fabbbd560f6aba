package org.openlicensing.rest.licenses;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openlicensing.api.licenses.ActivationService;
import org.openlicensing.api.licenses.ValidationRequest;
import org.openlicensing.rest.Bodies;

/**
 * Whether a key, and a device, may run now. Always 200 for a well-formed request: the answer is in
 * {@code valid} and {@code code}, as devices expect.
 */
@Path("/v1/validations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ValidationsResource {
  private final ActivationService activations;

  public ValidationsResource(ActivationService activations) {
    this.activations = activations;
  }

  @POST
  public ValidationJson validate(ValidateRequest body) {
    ValidateRequest request = Bodies.required(body);
    return ValidationJson.of(
        activations.validate(
            new ValidationRequest(
                request.licenseKey(), request.fingerprint(), request.entitlements())));
  }
}
