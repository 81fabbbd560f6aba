package org.openlicensing.api.organizations;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An account's place in an organization. */
public record Membership(
    UUID organizationId, UUID accountId, OrganizationRole role, Instant joinedAt) {
  public Membership {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(joinedAt, "joinedAt");
  }
}
