package org.openlicensing.api.licenses;

import java.util.Objects;
import java.util.Optional;

/** A license as its holders see it: with how many devices use it and who it is assigned to. */
public record LicenseView(License license, int activeActivations, Optional<String> assigneeEmail) {
  public LicenseView {
    Objects.requireNonNull(license, "license");
    assigneeEmail = assigneeEmail == null ? Optional.empty() : assigneeEmail;
  }
}
