package org.openlicensing.persistence.licenses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.TransferRule;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.persistence.catalog.PolicyColumns;

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

  /** NULL in rows from before floating leases: the device limit. */
  @Column(name = "concurrency_limit")
  private Integer concurrencyLimit;

  @Column(name = "heartbeat_window_seconds", nullable = false)
  private long heartbeatWindowSeconds;

  @Column(name = "user_bound", nullable = false)
  private boolean userBound;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OverageAllowance overage;

  @Enumerated(EnumType.STRING)
  @Column(name = "transfer_rule", nullable = false)
  private TransferRule transferRule;

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
        PolicyColumns.policy(
            deviceLimit,
            floating,
            offlineAllowed,
            graceDays,
            tokenLifetimeSeconds,
            concurrencyLimit,
            heartbeatWindowSeconds,
            userBound,
            overage,
            transferRule),
        Entitlements.decode(entitlements),
        Optional.ofNullable(assigneeId),
        createdAt);
  }
}
