package org.openlicensing.api.organizations;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A member of an organization, with the account's address and name. */
public record Member(
    UUID accountId, String email, String name, OrganizationRole role, Instant joinedAt) {
  public Member {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(joinedAt, "joinedAt");
  }
}
