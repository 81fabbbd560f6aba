package org.openlicensing.persistence.licenses;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.persistence.InLists;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.RowLocks;
import org.openlicensing.persistence.UniqueViolations;
import org.openlicensing.persistence.Writes;

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
    EntityManager em = transactions.entityManager();
    TypedQuery<LicenseEntity> query =
        em.createQuery("SELECT l FROM License l WHERE l.key = :key", LicenseEntity.class);
    return (lock == LockModeType.PESSIMISTIC_WRITE ? RowLocks.forUpdate(em, query) : query)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(LicenseEntity::toLicense);
  }

  /** {@code SELECT ... FOR UPDATE}: the row stays locked until the transaction ends. */
  @Override
  public Optional<License> lockById(UUID id) {
    EntityManager em = transactions.entityManager();
    return RowLocks.forUpdate(
            em, em.createQuery("SELECT l FROM License l WHERE l.id = :id", LicenseEntity.class))
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(LicenseEntity::toLicense);
  }

  @Override
  public void updateAssignee(UUID licenseId, UUID accountId) {
    EntityManager em = transactions.entityManager();
    // NULL is written as a literal: bound, it would have no type that both databases take.
    Query update =
        accountId == null
            ? em.createQuery("UPDATE License l SET l.assigneeId = NULL WHERE l.id = :id")
            : em.createQuery("UPDATE License l SET l.assigneeId = :account WHERE l.id = :id")
                .setParameter("account", accountId);
    Writes.update(em, update.setParameter("id", licenseId));
  }

  /**
   * Locks the licenses the accounts hold in the organization ({@code SELECT ... FOR UPDATE}, in id
   * order), then clears them by id: a license assigned anew meanwhile by another transaction waits
   * for this one, and the ids returned are exactly those cleared. The assignee index finds them.
   */
  @Override
  public List<UUID> unassignAll(UUID organizationId, Collection<UUID> accountIds) {
    EntityManager em = transactions.entityManager();
    List<UUID> held = new ArrayList<>();
    for (List<UUID> part : InLists.of(accountIds)) {
      RowLocks.forUpdate(
              em,
              em.createQuery(
                  "SELECT l FROM License l"
                      + " WHERE l.organizationId = :organization AND l.assigneeId IN :accounts"
                      + " ORDER BY l.id",
                  LicenseEntity.class))
          .setParameter("organization", organizationId)
          .setParameter("accounts", part)
          .getResultList()
          .forEach(license -> held.add(license.id()));
    }
    for (List<UUID> part : InLists.of(held)) {
      // Native, so that NULL stays a literal: EclipseLink binds JPQL's NULL here as a varchar.
      Query clear =
          em.createNativeQuery(
              "UPDATE licenses SET assignee_id = NULL WHERE id IN ("
                  + String.join(", ", Collections.nCopies(part.size(), "?"))
                  + ")");
      for (int i = 0; i < part.size(); i++) {
        clear.setParameter(i + 1, part.get(i));
      }
      Writes.update(em, clear);
    }
    held.sort(LicenseViews.ID_ORDER);
    return List.copyOf(held);
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
