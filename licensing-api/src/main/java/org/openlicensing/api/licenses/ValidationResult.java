package org.openlicensing.api.licenses;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "may this key (on this device) run now?", with the license when it exists.
 *
 * @param overage whether the license runs past its device or concurrency limit, within its overage
 *     allowance: it is valid, and its seller may want to know
 */
public record ValidationResult(
    ValidationCode code, Optional<LicenseView> license, boolean overage) {
  public ValidationResult {
    Objects.requireNonNull(code, "code");
    license = license == null ? Optional.empty() : license;
  }

  /** A result without overage. */
  public ValidationResult(ValidationCode code, Optional<LicenseView> license) {
    this(code, license, false);
  }

  public boolean valid() {
    return code.isValid();
  }
}
