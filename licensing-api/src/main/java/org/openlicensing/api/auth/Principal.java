package org.openlicensing.api.auth;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.accounts.PlatformRole;

/**
 * A signed-in account, as of the request: its platform roles are read when the access token is
 * checked, so a granted or removed role counts at once.
 *
 * @param sessionId the sign-in the access token belongs to
 */
public record Principal(UUID accountId, Set<PlatformRole> roles, UUID sessionId) {
  public Principal {
    Objects.requireNonNull(accountId, "accountId");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(sessionId, "sessionId");
  }

  public boolean isPlatformAdmin() {
    return roles.contains(PlatformRole.ADMIN) || roles.contains(PlatformRole.SUPER_ADMIN);
  }

  public boolean isSuperAdmin() {
    return roles.contains(PlatformRole.SUPER_ADMIN);
  }
}
