package org.openlicensing.api.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A person who signs in. The e-mail address is kept normalized (trimmed, lower case). */
public record Account(
    UUID id,
    String email,
    String name,
    AccountStatus status,
    Set<PlatformRole> roles,
    UUID personalOrganizationId,
    Instant createdAt) {

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(personalOrganizationId, "personalOrganizationId");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean hasRole(PlatformRole role) {
    return roles.contains(role);
  }

  public Account withStatus(AccountStatus newStatus) {
    return new Account(id, email, name, newStatus, roles, personalOrganizationId, createdAt);
  }
}
