package org.openlicensing.api.auth;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.accounts.PlatformRole;

/** The account behind a verified access token. */
public record Principal(UUID accountId, Set<PlatformRole> roles) {
  public Principal {
    Objects.requireNonNull(accountId, "accountId");
    roles = Set.copyOf(roles);
  }

  public boolean isPlatformAdmin() {
    return roles.contains(PlatformRole.ADMIN) || roles.contains(PlatformRole.SUPER_ADMIN);
  }
}
