package org.openlicensing.persistence.accounts;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.accounts.OneTimeToken;
import org.openlicensing.core.accounts.OneTimeTokenRepository;
import org.openlicensing.core.accounts.TokenPurpose;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

public final class JpaOneTimeTokenRepository implements OneTimeTokenRepository {
  private final JpaTransactions transactions;

  public JpaOneTimeTokenRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(OneTimeToken token) {
    Writes.insert(transactions.entityManager(), OneTimeTokenEntity.of(token));
  }

  @Override
  public Optional<OneTimeToken> findByHash(TokenPurpose purpose, String tokenHash) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT t FROM OneTimeToken t WHERE t.tokenHash = :hash AND t.purpose = :purpose",
            OneTimeTokenEntity.class)
        .setParameter("hash", tokenHash)
        .setParameter("purpose", purpose)
        .getResultStream()
        .findFirst()
        .map(OneTimeTokenEntity::toToken);
  }

  @Override
  public boolean markUsed(UUID tokenId, Instant at) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE OneTimeToken t SET t.usedAt = :at"
                        + " WHERE t.id = :id AND t.usedAt IS NULL")
                .setParameter("at", at)
                .setParameter("id", tokenId))
        == 1;
  }

  /** One UPDATE over the account's index; tokens used already keep the time they were used. */
  @Override
  public int invalidateAll(UUID accountId, TokenPurpose purpose, Instant at) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
        em,
        em.createQuery(
                "UPDATE OneTimeToken t SET t.usedAt = :at"
                    + " WHERE t.accountId = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
            .setParameter("at", at)
            .setParameter("account", accountId)
            .setParameter("purpose", purpose));
  }
}
