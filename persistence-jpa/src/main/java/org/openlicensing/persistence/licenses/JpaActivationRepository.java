package org.openlicensing.persistence.licenses;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.core.licenses.ActivationRepository;
import org.openlicensing.persistence.InLists;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

/** Every query names the license and the active fingerprint, or the id: all on an index. */
public final class JpaActivationRepository implements ActivationRepository {
  private final JpaTransactions transactions;

  public JpaActivationRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(Activation activation) {
    Writes.insert(transactions.entityManager(), ActivationEntity.of(activation));
  }

  @Override
  public Optional<Activation> findActive(UUID licenseId, String fingerprint) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT a FROM Activation a"
                + " WHERE a.licenseId = :license AND a.activeFingerprint = :fingerprint",
            ActivationEntity.class)
        .setParameter("license", licenseId)
        .setParameter("fingerprint", fingerprint)
        .getResultStream()
        .findFirst()
        .map(ActivationEntity::toActivation);
  }

  @Override
  public Optional<Activation> findActiveById(UUID id) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT a FROM Activation a WHERE a.id = :id AND a.activeFingerprint IS NOT NULL",
            ActivationEntity.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(ActivationEntity::toActivation);
  }

  /** In the order they were made. */
  @Override
  public List<Activation> findActiveByLicense(UUID licenseId) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT a FROM Activation a"
                + " WHERE a.licenseId = :license AND a.activeFingerprint IS NOT NULL"
                + " ORDER BY a.createdAt, a.id",
            ActivationEntity.class)
        .setParameter("license", licenseId)
        .getResultList()
        .stream()
        .map(ActivationEntity::toActivation)
        .toList();
  }

  @Override
  public int countActive(UUID licenseId) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT COUNT(a) FROM Activation a"
                + " WHERE a.licenseId = :license AND a.activeFingerprint IS NOT NULL",
            Long.class)
        .setParameter("license", licenseId)
        .getSingleResult()
        .intValue();
  }

  @Override
  public boolean deactivate(UUID id, Instant at) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE Activation a SET a.activeFingerprint = NULL, a.deactivatedAt = :at"
                        + " WHERE a.id = :id AND a.activeFingerprint IS NOT NULL")
                .setParameter("at", at)
                .setParameter("id", id))
        == 1;
  }

  /** Records that the device was seen; an ended activation is left as it ended. */
  @Override
  public void touch(UUID id, Instant at) {
    EntityManager em = transactions.entityManager();
    Writes.update(
        em,
        em.createQuery(
                "UPDATE Activation a SET a.lastSeenAt = :at"
                    + " WHERE a.id = :id AND a.activeFingerprint IS NOT NULL")
            .setParameter("at", at)
            .setParameter("id", id));
  }

  /** One UPDATE per thousand licenses, on the index (license_id, active_fingerprint). */
  @Override
  public int deactivateAllOf(Collection<UUID> licenseIds, Instant at) {
    EntityManager em = transactions.entityManager();
    int ended = 0;
    for (List<UUID> part : InLists.of(licenseIds)) {
      ended +=
          Writes.update(
              em,
              em.createQuery(
                      "UPDATE Activation a SET a.activeFingerprint = NULL, a.deactivatedAt = :at"
                          + " WHERE a.licenseId IN :licenses AND a.activeFingerprint IS NOT NULL")
                  .setParameter("at", at)
                  .setParameter("licenses", part));
    }
    return ended;
  }
}
