package org.openlicensing.api.apikeys;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/**
 * API keys for server-to-server callers. Managed by the organization's owners and admins, by an
 * ADMIN-scoped key of the organization, and by platform admins; to anyone else the organization is
 * NOT_FOUND.
 */
public interface ApiKeyService {

  CreatedApiKey create(
      Caller caller, UUID organizationId, String name, Set<ApiKeyScope> scopes, ClientInfo client);

  List<ApiKey> list(Caller caller, UUID organizationId);

  void revoke(Caller caller, UUID organizationId, UUID apiKeyId, ClientInfo client);
}
