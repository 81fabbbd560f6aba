package org.openlicensing.persistence.auth;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.auth.RefreshToken;
import org.openlicensing.core.auth.RefreshTokenRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

public final class JpaRefreshTokenRepository implements RefreshTokenRepository {
  private final JpaTransactions transactions;

  public JpaRefreshTokenRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(RefreshToken token) {
    Writes.insert(transactions.entityManager(), RefreshTokenEntity.of(token));
  }

  @Override
  public Optional<RefreshToken> findByHash(String tokenHash) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT t FROM RefreshToken t WHERE t.tokenHash = :hash", RefreshTokenEntity.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst()
        .map(RefreshTokenEntity::toToken);
  }

  @Override
  public boolean markRotated(UUID id, Instant at) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE RefreshToken t SET t.rotatedAt = :at WHERE t.id = :id"
                        + " AND t.rotatedAt IS NULL AND t.revokedAt IS NULL")
                .setParameter("at", at)
                .setParameter("id", id))
        == 1;
  }

  @Override
  public void revokeFamily(UUID familyId, Instant at) {
    EntityManager em = transactions.entityManager();
    Writes.update(
        em,
        em.createQuery(
                "UPDATE RefreshToken t SET t.revokedAt = :at"
                    + " WHERE t.familyId = :family AND t.revokedAt IS NULL")
            .setParameter("at", at)
            .setParameter("family", familyId));
  }
}
