package org.openlicensing.rest.licenses;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openlicensing.api.licenses.ValidationResult;

/**
 * {@code {valid, code, overage, license}}; the license is null when the key is unknown, and {@code
 * overage} is true when the license runs past its limits within its overage allowance.
 */
public record ValidationJson(
    boolean valid,
    String code,
    boolean overage,
    @JsonInclude(JsonInclude.Include.ALWAYS) DeviceLicenseJson license) {

  static ValidationJson of(ValidationResult result) {
    return new ValidationJson(
        result.valid(),
        result.code().name(),
        result.overage(),
        result.license().map(DeviceLicenseJson::of).orElse(null));
  }
}
