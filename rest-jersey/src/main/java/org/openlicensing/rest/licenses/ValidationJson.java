package org.openlicensing.rest.licenses;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openlicensing.api.licenses.ValidationResult;

/** {@code {valid, code, license}}; the license is null when the key is unknown. */
public record ValidationJson(
    boolean valid,
    String code,
    @JsonInclude(JsonInclude.Include.ALWAYS) DeviceLicenseJson license) {

  static ValidationJson of(ValidationResult result) {
    return new ValidationJson(
        result.valid(),
        result.code().name(),
        result.license().map(DeviceLicenseJson::of).orElse(null));
  }
}
