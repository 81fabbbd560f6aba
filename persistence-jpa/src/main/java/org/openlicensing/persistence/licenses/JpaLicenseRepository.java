package org.openlicensing.persistence.licenses;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.UniqueViolations;

public final class JpaLicenseRepository implements LicenseRepository {
  private final JpaTransactions transactions;
  private final LicenseViews views;

  public JpaLicenseRepository(JpaTransactions transactions) {
    this.transactions = transactions;
    this.views = new LicenseViews(transactions);
  }

  /** In JDBC batches of a thousand rows; a taken key is a DuplicateKeyException. */
  @Override
  public void insertAll(List<License> licenses) {
    EntityManager em = transactions.entityManager();
    try {
      LicenseBatchInsert.insertAll(em, licenses);
    } catch (RuntimeException e) {
      throw UniqueViolations.translate(e);
    }
  }

  @Override
  public Optional<License> findById(UUID id) {
    return Optional.ofNullable(transactions.entityManager().find(LicenseEntity.class, id))
        .map(LicenseEntity::toLicense);
  }

  @Override
  public Optional<License> findByKey(String key) {
    return byKey(key, LockModeType.NONE);
  }

  /** {@code SELECT ... FOR UPDATE}: the row stays locked until the transaction ends. */
  @Override
  public Optional<License> lockByKey(String key) {
    return byKey(key, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<License> byKey(String key, LockModeType lock) {
    return transactions
        .entityManager()
        .createQuery("SELECT l FROM License l WHERE l.key = :key", LicenseEntity.class)
        .setParameter("key", key)
        .setLockMode(lock)
        .getResultStream()
        .findFirst()
        .map(LicenseEntity::toLicense);
  }

  @Override
  public Optional<LicenseView> findView(UUID id) {
    return views.byId(id);
  }

  @Override
  public List<LicenseView> findVisible(
      UUID accountId, Collection<UUID> organizationIds, UUID afterId, int limit) {
    return views.visible(accountId, organizationIds, afterId, limit);
  }
}
