package org.openlicensing.persistence.licenses;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
                    "UPDATE Activation a SET a.activeFingerprint = NULL, a.deactivatedAt = :at,"
                        + " a.leaseExpiresAt = NULL"
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

  /** A query per thousand licenses, on the index (license_id, active_fingerprint). */
  @Override
  public List<Activation> findActiveByLicenses(Collection<UUID> licenseIds) {
    EntityManager em = transactions.entityManager();
    List<UUID> sorted = new ArrayList<>(new HashSet<>(licenseIds));
    sorted.sort(LicenseViews.ID_ORDER);
    List<Activation> found = new ArrayList<>();
    for (List<UUID> part : InLists.of(sorted)) {
      em.createQuery(
              "SELECT a FROM Activation a"
                  + " WHERE a.licenseId IN :licenses AND a.activeFingerprint IS NOT NULL"
                  + " ORDER BY a.licenseId, a.createdAt, a.id",
              ActivationEntity.class)
          .setParameter("licenses", part)
          .getResultList()
          .forEach(entity -> found.add(entity.toActivation()));
    }
    // Read to be handed out, not changed: nothing needs to stay in the persistence context.
    em.clear();
    return found;
  }

  @Override
  public Map<UUID, Integer> countActiveByLicenses(Collection<UUID> licenseIds) {
    EntityManager em = transactions.entityManager();
    Map<UUID, Integer> counts = new HashMap<>();
    for (List<UUID> part : InLists.of(licenseIds)) {
      em.createQuery(
              "SELECT a.licenseId, COUNT(a) FROM Activation a"
                  + " WHERE a.licenseId IN :licenses AND a.activeFingerprint IS NOT NULL"
                  + " GROUP BY a.licenseId",
              Object[].class)
          .setParameter("licenses", part)
          .getResultList()
          .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
    }
    return Map.copyOf(counts);
  }

  /**
   * One UPDATE per thousand licenses, on the index (license_id, active_fingerprint). Native, so
   * that the NULLs stay literals: with a list parameter, EclipseLink binds JPQL's NULL as a
   * varchar, which PostgreSQL refuses for the lease's timestamp.
   */
  @Override
  public int deactivateAllOf(Collection<UUID> licenseIds, Instant at) {
    EntityManager em = transactions.entityManager();
    int ended = 0;
    for (List<UUID> part : InLists.of(licenseIds)) {
      Query update =
          em.createNativeQuery(
              "UPDATE activations SET active_fingerprint = NULL, deactivated_at = ?,"
                  + " lease_expires_at = NULL WHERE active_fingerprint IS NOT NULL"
                  + " AND license_id IN ("
                  + String.join(", ", Collections.nCopies(part.size(), "?"))
                  + ")");
      update.setParameter(1, at.atOffset(ZoneOffset.UTC));
      for (int i = 0; i < part.size(); i++) {
        update.setParameter(i + 2, part.get(i));
      }
      ended += Writes.update(em, update);
    }
    return ended;
  }

  /** On the index (license_id, active_fingerprint), the lease read from the license's rows. */
  @Override
  public int countLiveLeases(UUID licenseId, Instant now) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT COUNT(a) FROM Activation a WHERE a.licenseId = :license"
                + " AND a.activeFingerprint IS NOT NULL AND a.leaseExpiresAt > :now",
            Long.class)
        .setParameter("license", licenseId)
        .setParameter("now", now)
        .getSingleResult()
        .intValue();
  }

  @Override
  public boolean startLease(UUID id, Instant at, Instant until) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE Activation a SET a.lastSeenAt = :at, a.leaseExpiresAt = :until"
                        + " WHERE a.id = :id AND a.activeFingerprint IS NOT NULL")
                .setParameter("at", at)
                .setParameter("until", until)
                .setParameter("id", id))
        == 1;
  }

  /**
   * The condition on the lease is part of the UPDATE, so that a cull committed meanwhile wins: on
   * PostgreSQL the UPDATE waits for it and then finds the lease gone.
   */
  @Override
  public boolean renewLease(UUID id, Instant at, Instant until) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE Activation a SET a.lastSeenAt = :at, a.leaseExpiresAt = :until"
                        + " WHERE a.id = :id AND a.activeFingerprint IS NOT NULL"
                        + " AND a.leaseExpiresAt > :at")
                .setParameter("at", at)
                .setParameter("until", until)
                .setParameter("id", id))
        == 1;
  }

  /** One UPDATE on the index of lease expiries, which holds floating leases only. */
  @Override
  public int cullLeases(Instant now) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
        em,
        em.createQuery(
                "UPDATE Activation a SET a.leaseExpiresAt = NULL WHERE a.leaseExpiresAt <= :now")
            .setParameter("now", now));
  }

  /** On the index (active_fingerprint, license_id). */
  @Override
  public List<UUID> licensesWithActiveFingerprint(
      String fingerprint, UUID exceptLicenseId, int limit) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT a.licenseId FROM Activation a WHERE a.activeFingerprint = :fingerprint"
                + " AND a.licenseId <> :license ORDER BY a.licenseId",
            UUID.class)
        .setParameter("fingerprint", fingerprint)
        .setParameter("license", exceptLicenseId)
        .setMaxResults(limit)
        .getResultList();
  }
}
