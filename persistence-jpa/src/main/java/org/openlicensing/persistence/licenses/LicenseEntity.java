package org.openlicensing.persistence.licenses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;

/**
 * A row of {@code licenses}: the license with the policy of its plan as it was when made. Read
 * through JPA; written by {@link LicenseBatchInsert}.
 */
@Entity(name = "License")
@Table(name = "licenses")
public class LicenseEntity {
  @Id private UUID id;

  @Column(name = "license_key", nullable = false)
  private String key;

  @Column(name = "organization_id", nullable = false)
  private UUID organizationId;

  @Column(name = "subscription_id", nullable = false)
  private UUID subscriptionId;

  @Column(name = "plan_code", nullable = false)
  private String plan;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LicenseStatus status;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "device_limit", nullable = false)
  private int deviceLimit;

  @Column(nullable = false)
  private boolean floating;

  @Column(name = "offline_allowed", nullable = false)
  private boolean offlineAllowed;

  @Column(name = "grace_days", nullable = false)
  private int graceDays;

  @Column(name = "token_lifetime_seconds", nullable = false)
  private long tokenLifetimeSeconds;

  /** See {@link Entitlements} for the form. */
  @Column(nullable = false)
  private String entitlements;

  @Column(name = "assignee_id")
  private UUID assigneeId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LicenseEntity() {}

  UUID id() {
    return id;
  }

  License toLicense() {
    return new License(
        id,
        key,
        organizationId,
        subscriptionId,
        plan,
        status,
        expiresAt,
        new LicensePolicy(
            deviceLimit,
            floating,
            offlineAllowed,
            graceDays,
            Duration.ofSeconds(tokenLifetimeSeconds)),
        Entitlements.decode(entitlements),
        Optional.ofNullable(assigneeId),
        createdAt);
  }
}
