package org.openlicensing.persistence.licenses;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.persistence.InLists;
import org.openlicensing.persistence.JdbcBatch;
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

  /** {@code SELECT ... FOR UPDATE} in id order, a thousand ids per statement. */
  @Override
  public List<License> lockAll(Collection<UUID> ids) {
    return lockAll(null, ids);
  }

  /** The organization's index (organization_id, id) keeps other tenants' rows out of the lock. */
  @Override
  public List<License> lockAllOf(UUID organizationId, Collection<UUID> ids) {
    return lockAll(organizationId, ids);
  }

  private List<License> lockAll(UUID organizationId, Collection<UUID> ids) {
    EntityManager em = transactions.entityManager();
    List<UUID> sorted = new ArrayList<>(new HashSet<>(ids));
    // Parts in id order, each locked in id order: two bulk changes lock in the same order.
    sorted.sort(LicenseViews.ID_ORDER);
    List<License> locked = new ArrayList<>(sorted.size());
    for (List<UUID> part : InLists.of(sorted)) {
      TypedQuery<LicenseEntity> query =
          RowLocks.forUpdate(
                  em,
                  em.createQuery(
                      "SELECT l FROM License l WHERE l.id IN :ids"
                          + (organizationId == null ? "" : " AND l.organizationId = :organization")
                          + " ORDER BY l.id",
                      LicenseEntity.class))
              .setParameter("ids", part);
      if (organizationId != null) {
        query.setParameter("organization", organizationId);
      }
      query.getResultList().forEach(entity -> locked.add(entity.toLicense()));
    }
    em.clear();
    return locked;
  }

  /** In JDBC batches of a thousand rows, one round trip each. */
  @Override
  public void assignAll(Map<UUID, UUID> assignees) {
    JdbcBatch.execute(
        transactions.entityManager(),
        "UPDATE licenses SET assignee_id = ? WHERE id = ?",
        List.copyOf(assignees.entrySet()),
        (statement, assignment) -> {
          JdbcBatch.setUuid(statement, 1, assignment.getValue());
          JdbcBatch.setUuid(statement, 2, assignment.getKey());
        });
  }

  @Override
  public int revokeAll(Collection<UUID> ids) {
    EntityManager em = transactions.entityManager();
    int revoked = 0;
    for (List<UUID> part : InLists.of(ids)) {
      revoked +=
          Writes.update(
              em,
              em.createQuery(
                      "UPDATE License l SET l.status = :revoked"
                          + " WHERE l.id IN :ids AND l.status <> :revoked")
                  .setParameter("revoked", LicenseStatus.REVOKED)
                  .setParameter("ids", part));
    }
    return revoked;
  }

  /** Keyset paging on the index (organization_id, id). */
  @Override
  public List<UUID> findIdsByOrganization(UUID organizationId, UUID afterId, int limit) {
    TypedQuery<UUID> query =
        transactions
            .entityManager()
            .createQuery(
                "SELECT l.id FROM License l WHERE l.organizationId = :organization"
                    + (afterId == null ? "" : " AND l.id > :after")
                    + " ORDER BY l.id",
                UUID.class)
            .setParameter("organization", organizationId);
    if (afterId != null) {
      query.setParameter("after", afterId);
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public Optional<LicenseView> findView(UUID id) {
    return views.byId(id);
  }

  @Override
  public LicenseView viewOf(License license, int activeActivations) {
    return views.of(license, activeActivations);
  }

  @Override
  public List<LicenseView> findVisible(
      UUID accountId, Collection<UUID> organizationIds, UUID afterId, int limit) {
    return views.visible(accountId, organizationIds, afterId, limit);
  }

  private static final List<LicenseStatus> LIVE =
      List.of(LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED);

  @Override
  public int renewAll(UUID subscriptionId, Instant expiresAt) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
        em,
        em.createQuery(
                "UPDATE License l SET l.expiresAt = :at, l.status = :active"
                    + " WHERE l.subscriptionId = :subscription AND l.status <> :revoked")
            .setParameter("at", expiresAt)
            .setParameter("active", LicenseStatus.ACTIVE)
            .setParameter("subscription", subscriptionId)
            .setParameter("revoked", LicenseStatus.REVOKED));
  }

  @Override
  public int suspendAll(UUID subscriptionId) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
        em,
        em.createQuery(
                "UPDATE License l SET l.status = :suspended"
                    + " WHERE l.subscriptionId = :subscription AND l.status = :active")
            .setParameter("suspended", LicenseStatus.SUSPENDED)
            .setParameter("subscription", subscriptionId)
            .setParameter("active", LicenseStatus.ACTIVE));
  }

  @Override
  public int expireAll(UUID subscriptionId, Instant at) {
    EntityManager em = transactions.entityManager();
    Writes.update(
        em,
        em.createQuery(
                "UPDATE License l SET l.expiresAt = :at WHERE l.subscriptionId = :subscription"
                    + " AND l.status <> :revoked AND l.expiresAt > :at")
            .setParameter("at", at)
            .setParameter("subscription", subscriptionId)
            .setParameter("revoked", LicenseStatus.REVOKED));
    return Writes.update(
        em,
        em.createQuery(
                "UPDATE License l SET l.status = :expired"
                    + " WHERE l.subscriptionId = :subscription AND l.status <> :revoked")
            .setParameter("expired", LicenseStatus.EXPIRED)
            .setParameter("subscription", subscriptionId)
            .setParameter("revoked", LicenseStatus.REVOKED));
  }

  /**
   * One UPDATE per grace period in use (plans have a few): the cut-off is then a plain instant, so
   * both databases compare it on the (status, expires_at) index without interval arithmetic.
   */
  @Override
  public int expireLapsed(Instant now) {
    EntityManager em = transactions.entityManager();
    List<Integer> graces =
        em.createQuery(
                "SELECT DISTINCT l.graceDays FROM License l"
                    + " WHERE l.status IN :live AND l.expiresAt < :now",
                Integer.class)
            .setParameter("live", LIVE)
            .setParameter("now", now)
            .getResultList();
    int lapsed = 0;
    for (int grace : graces) {
      lapsed +=
          Writes.update(
              em,
              em.createQuery(
                      "UPDATE License l SET l.status = :expired WHERE l.status IN :live"
                          + " AND l.graceDays = :grace AND l.expiresAt < :cutoff")
                  .setParameter("expired", LicenseStatus.EXPIRED)
                  .setParameter("live", LIVE)
                  .setParameter("grace", grace)
                  .setParameter("cutoff", now.minus(Duration.ofDays(grace))));
    }
    return lapsed;
  }

  @Override
  public LicenseCounts countBySubscription(UUID subscriptionId) {
    Object[] counts =
        transactions
            .entityManager()
            .createQuery(
                "SELECT COUNT(l), COUNT(l.assigneeId) FROM License l"
                    + " WHERE l.subscriptionId = :subscription AND l.status <> :revoked",
                Object[].class)
            .setParameter("subscription", subscriptionId)
            .setParameter("revoked", LicenseStatus.REVOKED)
            .getSingleResult();
    return new LicenseCounts(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
  }

  @Override
  public int revokeUnassigned(UUID subscriptionId, int count) {
    EntityManager em = transactions.entityManager();
    List<UUID> newest =
        em.createQuery(
                "SELECT l.id FROM License l WHERE l.subscriptionId = :subscription"
                    + " AND l.status <> :revoked AND l.assigneeId IS NULL"
                    + " ORDER BY l.createdAt DESC, l.id DESC",
                UUID.class)
            .setParameter("subscription", subscriptionId)
            .setParameter("revoked", LicenseStatus.REVOKED)
            .setMaxResults(count)
            .getResultList();
    int revoked = 0;
    for (List<UUID> part : InLists.of(newest)) {
      revoked +=
          Writes.update(
              em,
              em.createQuery("UPDATE License l SET l.status = :revoked WHERE l.id IN :ids")
                  .setParameter("revoked", LicenseStatus.REVOKED)
                  .setParameter("ids", part));
    }
    return revoked;
  }

  @Override
  public int changePlan(UUID subscriptionId, Plan plan) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
        em,
        em.createQuery(
                "UPDATE License l SET l.plan = :plan, l.deviceLimit = :deviceLimit,"
                    + " l.floating = :floating, l.offlineAllowed = :offline,"
                    + " l.graceDays = :grace, l.tokenLifetimeSeconds = :lifetime,"
                    + " l.concurrencyLimit = :concurrency, l.heartbeatWindowSeconds = :window,"
                    + " l.userBound = :userBound, l.overage = :overage,"
                    + " l.transferRule = :transferRule,"
                    + " l.entitlements = :entitlements WHERE l.subscriptionId = :subscription")
            .setParameter("plan", plan.code())
            .setParameter("deviceLimit", plan.policy().deviceLimit())
            .setParameter("floating", plan.policy().floating())
            .setParameter("offline", plan.policy().offlineAllowed())
            .setParameter("grace", plan.policy().graceDays())
            .setParameter("lifetime", plan.policy().tokenLifetime().getSeconds())
            .setParameter("concurrency", plan.policy().concurrencyLimit())
            .setParameter("window", plan.policy().heartbeatWindow().toSeconds())
            .setParameter("userBound", plan.policy().userBound())
            .setParameter("overage", plan.policy().overage())
            .setParameter("transferRule", plan.policy().transferRule())
            .setParameter("entitlements", Entitlements.encode(plan.entitlements()))
            .setParameter("subscription", subscriptionId));
  }
}
