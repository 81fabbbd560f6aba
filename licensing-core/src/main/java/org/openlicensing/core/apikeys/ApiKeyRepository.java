package org.openlicensing.core.apikeys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.apikeys.ApiKey;

/** Where API keys are kept: prefixes are unique, secrets are stored as hashes. */
public interface ApiKeyRepository {

  void insert(ApiKey key, String secretHash);

  Optional<StoredApiKey> findByPrefix(String prefix);

  /** The organization's keys, revoked ones included, newest first. */
  List<ApiKey> findByOrganization(UUID organizationId);

  /** Revokes the key unless it is revoked already; returns whether this call revoked it. */
  boolean revoke(UUID id, Instant at);

  /** Records that the key was used. */
  void touch(UUID id, Instant at);
}
