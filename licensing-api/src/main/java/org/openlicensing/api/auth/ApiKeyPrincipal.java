package org.openlicensing.api.auth;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.apikeys.ApiKeyScope;

/** A server-to-server caller: an API key of one organization, with its scopes. */
public record ApiKeyPrincipal(UUID apiKeyId, UUID organizationId, Set<ApiKeyScope> scopes) {
  public ApiKeyPrincipal {
    Objects.requireNonNull(apiKeyId, "apiKeyId");
    Objects.requireNonNull(organizationId, "organizationId");
    scopes = Set.copyOf(scopes);
  }

  /** Whether the key may act on the organization with the given scope. */
  public boolean allows(UUID organization, ApiKeyScope required) {
    return organizationId.equals(organization)
        && scopes.stream().anyMatch(scope -> scope.includes(required));
  }
}
