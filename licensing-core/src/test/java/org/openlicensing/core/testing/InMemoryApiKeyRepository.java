package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.apikeys.ApiKey;
import org.openlicensing.core.apikeys.ApiKeyRepository;
import org.openlicensing.core.apikeys.StoredApiKey;

final class InMemoryApiKeyRepository implements ApiKeyRepository {
  private static final Comparator<ApiKey> NEWEST_FIRST =
      Comparator.comparing(ApiKey::createdAt)
          .thenComparing(ApiKey::id, UuidOrder.ASCENDING)
          .reversed();

  private final InMemoryTable<UUID, StoredApiKey> keys;

  InMemoryApiKeyRepository(InMemoryTransactions transactions) {
    this.keys = transactions.table("api_keys");
  }

  @Override
  public void insert(ApiKey key, String secretHash) {
    keys.requireUnique(!keys.containsKey(key.id()), "id");
    keys.requireUnique(
        keys.all().stream().noneMatch(k -> k.key().prefix().equals(key.prefix())), "prefix");
    keys.put(key.id(), new StoredApiKey(key, secretHash));
  }

  @Override
  public Optional<StoredApiKey> findByPrefix(String prefix) {
    return keys.all().stream().filter(k -> k.key().prefix().equals(prefix)).findFirst();
  }

  @Override
  public List<ApiKey> findByOrganization(UUID organizationId) {
    return keys.all().stream()
        .map(StoredApiKey::key)
        .filter(k -> k.organizationId().equals(organizationId))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public boolean revoke(UUID id, Instant at) {
    Optional<StoredApiKey> found = keys.get(id).filter(k -> !k.key().isRevoked());
    found.ifPresent(k -> put(k, k.key().lastUsedAt(), Optional.of(at)));
    return found.isPresent();
  }

  /** Moves the time of last use forward only, as the table's conditional UPDATE does. */
  @Override
  public void touch(UUID id, Instant at) {
    keys.get(id)
        .filter(k -> k.key().lastUsedAt().map(last -> last.isBefore(at)).orElse(true))
        .ifPresent(k -> put(k, Optional.of(at), k.key().revokedAt()));
  }

  private void put(StoredApiKey stored, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
    ApiKey k = stored.key();
    keys.put(
        k.id(),
        new StoredApiKey(
            new ApiKey(
                k.id(),
                k.organizationId(),
                k.name(),
                k.prefix(),
                k.scopes(),
                k.createdAt(),
                k.createdBy(),
                lastUsedAt,
                revokedAt),
            stored.secretHash()));
  }
}
