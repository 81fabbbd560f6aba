package org.openlicensing.api.licenses;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A license in use on one device, known by the device's fingerprint.
 *
 * @param leaseExpiresAt under a floating license, when the device's lease dies unless a heartbeat
 *     comes first; empty for a node-locked device, and for a lease that was culled
 */
public record Activation(
    UUID id,
    UUID licenseId,
    String fingerprint,
    Optional<String> name,
    Optional<String> platform,
    Instant createdAt,
    Instant lastSeenAt,
    Optional<Instant> leaseExpiresAt) {

  public Activation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(licenseId, "licenseId");
    Objects.requireNonNull(fingerprint, "fingerprint");
    name = name == null ? Optional.empty() : name;
    platform = platform == null ? Optional.empty() : platform;
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    leaseExpiresAt = leaseExpiresAt == null ? Optional.empty() : leaseExpiresAt;
  }

  /** A device with no lease, as under a node-locked license. */
  public Activation(
      UUID id,
      UUID licenseId,
      String fingerprint,
      Optional<String> name,
      Optional<String> platform,
      Instant createdAt,
      Instant lastSeenAt) {
    this(id, licenseId, fingerprint, name, platform, createdAt, lastSeenAt, Optional.empty());
  }

  /** Whether the device holds a floating lease that is alive at {@code now}. */
  public boolean holdsLeaseAt(Instant now) {
    return leaseExpiresAt.filter(now::isBefore).isPresent();
  }
}
