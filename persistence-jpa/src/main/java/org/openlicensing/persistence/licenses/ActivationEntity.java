package org.openlicensing.persistence.licenses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.licenses.Activation;

/**
 * A row of {@code activations}. {@code activeFingerprint} repeats the fingerprint while the
 * activation is active and is NULL once it ended: the unique key (license, active fingerprint) then
 * admits one active activation per device and any number of ended ones.
 */
@Entity(name = "Activation")
@Table(name = "activations")
public class ActivationEntity {
  @Id private UUID id;

  @Column(name = "license_id", nullable = false)
  private UUID licenseId;

  @Column(nullable = false)
  private String fingerprint;

  @Column(name = "active_fingerprint")
  private String activeFingerprint;

  private String name;

  private String platform;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  /** A floating device's lease; NULL without one. */
  @Column(name = "lease_expires_at")
  private Instant leaseExpiresAt;

  protected ActivationEntity() {}

  /** A new, active activation. */
  static ActivationEntity of(Activation activation) {
    ActivationEntity entity = new ActivationEntity();
    entity.id = activation.id();
    entity.licenseId = activation.licenseId();
    entity.fingerprint = activation.fingerprint();
    entity.activeFingerprint = activation.fingerprint();
    entity.name = activation.name().orElse(null);
    entity.platform = activation.platform().orElse(null);
    entity.createdAt = activation.createdAt();
    entity.lastSeenAt = activation.lastSeenAt();
    entity.leaseExpiresAt = activation.leaseExpiresAt().orElse(null);
    return entity;
  }

  Activation toActivation() {
    return new Activation(
        id,
        licenseId,
        fingerprint,
        Optional.ofNullable(name),
        Optional.ofNullable(platform),
        createdAt,
        lastSeenAt,
        Optional.ofNullable(leaseExpiresAt));
  }
}
