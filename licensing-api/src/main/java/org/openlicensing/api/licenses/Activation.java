package org.openlicensing.api.licenses;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A license in use on one device, known by the device's fingerprint. */
public record Activation(
    UUID id,
    UUID licenseId,
    String fingerprint,
    Optional<String> name,
    Optional<String> platform,
    Instant createdAt,
    Instant lastSeenAt) {

  public Activation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(licenseId, "licenseId");
    Objects.requireNonNull(fingerprint, "fingerprint");
    name = name == null ? Optional.empty() : name;
    platform = platform == null ? Optional.empty() : platform;
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
  }
}
