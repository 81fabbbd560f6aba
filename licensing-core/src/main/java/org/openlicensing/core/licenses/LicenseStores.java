package org.openlicensing.core.licenses;

import java.time.Clock;
import java.util.Objects;

/**
 * Where licenses and their activations are kept, and the clock that judges them: what every device
 * operation works on, passed as one.
 */
public record LicenseStores(
    LicenseRepository licenses, ActivationRepository activations, Clock clock) {
  public LicenseStores {
    Objects.requireNonNull(licenses, "licenses");
    Objects.requireNonNull(activations, "activations");
    Objects.requireNonNull(clock, "clock");
  }
}
