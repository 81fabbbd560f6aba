package org.openlicensing.api.licenses;

import java.util.Objects;
import java.util.Optional;

/** The answer to "may this key (on this device) run now?", with the license when it exists. */
public record ValidationResult(ValidationCode code, Optional<LicenseView> license) {
  public ValidationResult {
    Objects.requireNonNull(code, "code");
    license = license == null ? Optional.empty() : license;
  }

  public boolean valid() {
    return code.isValid();
  }
}
