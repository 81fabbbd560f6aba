package org.openlicensing.api.licenses;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.catalog.LicensePolicy;

/**
 * One seat of a subscription: a key that devices activate under, up to a device limit. The license
 * keeps the policy of its plan as it was when the license was made.
 */
public record License(
    UUID id,
    String key,
    UUID organizationId,
    UUID subscriptionId,
    String plan,
    LicenseStatus status,
    Instant expiresAt,
    LicensePolicy policy,
    Set<String> entitlements,
    Optional<UUID> assigneeId,
    Instant createdAt) {

  public License {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(policy, "policy");
    entitlements = Set.copyOf(entitlements);
    assigneeId = assigneeId == null ? Optional.empty() : assigneeId;
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** How many devices may use the license at once. */
  public int maxActivations() {
    return policy.deviceLimit();
  }

  /** The last instant the license may run: its expiry plus the policy's grace period. */
  public Instant usableUntil() {
    return expiresAt.plus(Duration.ofDays(policy.graceDays()));
  }

  /** Whether the license has lapsed at {@code now}, grace period included. */
  public boolean isExpiredAt(Instant now) {
    return status == LicenseStatus.EXPIRED || !now.isBefore(usableUntil());
  }

  @Override
  public String toString() {
    return "License[id=" + id + ", plan=" + plan + ", status=" + status + "]";
  }
}
