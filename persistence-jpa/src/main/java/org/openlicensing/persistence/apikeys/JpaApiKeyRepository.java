package org.openlicensing.persistence.apikeys;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.apikeys.ApiKey;
import org.openlicensing.core.apikeys.ApiKeyRepository;
import org.openlicensing.core.apikeys.StoredApiKey;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

public final class JpaApiKeyRepository implements ApiKeyRepository {
  private final JpaTransactions transactions;

  public JpaApiKeyRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  /** A taken prefix is a DuplicateKeyException. */
  @Override
  public void insert(ApiKey key, String secretHash) {
    Writes.insert(transactions.entityManager(), ApiKeyEntity.of(key, secretHash));
  }

  @Override
  public Optional<StoredApiKey> findByPrefix(String prefix) {
    return transactions
        .entityManager()
        .createQuery("SELECT k FROM ApiKey k WHERE k.prefix = :prefix", ApiKeyEntity.class)
        .setParameter("prefix", prefix)
        .getResultStream()
        .findFirst()
        .map(ApiKeyEntity::toStored);
  }

  /** Newest first; keys made in the same instant by id, newest id first. */
  @Override
  public List<ApiKey> findByOrganization(UUID organizationId) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT k FROM ApiKey k WHERE k.organizationId = :organization"
                + " ORDER BY k.createdAt DESC, k.id DESC",
            ApiKeyEntity.class)
        .setParameter("organization", organizationId)
        .getResultList()
        .stream()
        .map(ApiKeyEntity::toKey)
        .toList();
  }

  @Override
  public boolean revoke(UUID id, Instant at) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE ApiKey k SET k.revokedAt = :at"
                        + " WHERE k.id = :id AND k.revokedAt IS NULL")
                .setParameter("at", at)
                .setParameter("id", id))
        == 1;
  }

  /**
   * Moves the time of last use forward only: requests that overlap may record their uses out of
   * order, and the latest use must stay.
   */
  @Override
  public void touch(UUID id, Instant at) {
    EntityManager em = transactions.entityManager();
    Writes.update(
        em,
        em.createQuery(
                "UPDATE ApiKey k SET k.lastUsedAt = :at"
                    + " WHERE k.id = :id AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :at)")
            .setParameter("at", at)
            .setParameter("id", id));
  }
}
