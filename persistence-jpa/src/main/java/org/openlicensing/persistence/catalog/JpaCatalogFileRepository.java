package org.openlicensing.persistence.catalog;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import org.openlicensing.core.catalog.CatalogFileRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

/**
 * The one row of {@code catalog_state}. The row is made by the first server that asks, with an
 * insert that waits for a concurrent insert of the same row and then yields to it, so that the row
 * lock below always has a row to lock, on whichever server.
 */
public final class JpaCatalogFileRepository implements CatalogFileRepository {
  private static final int ROW = 1;

  private final JpaTransactions transactions;

  public JpaCatalogFileRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public int lockAppliedVersion() {
    EntityManager em = transactions.entityManager();
    Writes.update(
        em,
        em.createNativeQuery(
                "INSERT INTO catalog_state (id, applied_version) VALUES (?, 0)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, ROW));
    Object version =
        em.createNativeQuery("SELECT applied_version FROM catalog_state WHERE id = ? FOR UPDATE")
            .setParameter(1, ROW)
            .getSingleResult();
    return ((Number) version).intValue();
  }

  @Override
  public void saveAppliedVersion(int version, Instant appliedAt) {
    EntityManager em = transactions.entityManager();
    Writes.update(
        em,
        em.createNativeQuery(
                "UPDATE catalog_state SET applied_version = ?, applied_at = ? WHERE id = ?")
            .setParameter(1, version)
            // As an offset time: both drivers bind it to a timestamp with time zone.
            .setParameter(2, appliedAt.atOffset(ZoneOffset.UTC))
            .setParameter(3, ROW));
  }
}
