package org.openlicensing.core.auth;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;

/** A live session and the current state of its account: what an access token is checked against. */
public record SessionGrant(
    UUID sessionId, UUID accountId, AccountStatus status, Set<PlatformRole> roles) {
  public SessionGrant {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(status, "status");
    roles = Set.copyOf(roles);
  }
}
