package org.openlicensing.persistence.billing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionFilter;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.RowLocks;
import org.openlicensing.persistence.Writes;

public final class JpaSubscriptionRepository implements SubscriptionRepository {
  private final JpaTransactions transactions;

  public JpaSubscriptionRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(Subscription subscription, UUID createdBy, String idempotencyKey) {
    Writes.insert(
        transactions.entityManager(),
        SubscriptionEntity.of(subscription, createdBy, idempotencyKey));
  }

  @Override
  public Optional<Subscription> findById(UUID id) {
    return Optional.ofNullable(transactions.entityManager().find(SubscriptionEntity.class, id))
        .map(SubscriptionEntity::toSubscription);
  }

  @Override
  public Optional<Subscription> findByIdempotencyKey(UUID createdBy, String idempotencyKey) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    return transactions
        .entityManager()
        .createQuery(
            "SELECT s FROM Subscription s"
                + " WHERE s.createdBy = :createdBy AND s.idempotencyKey = :key",
            SubscriptionEntity.class)
        .setParameter("createdBy", createdBy)
        .setParameter("key", idempotencyKey)
        .getResultStream()
        .findFirst()
        .map(SubscriptionEntity::toSubscription);
  }

  @Override
  public Optional<Subscription> findByProviderSubscriptionId(String providerSubscriptionId) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT s FROM Subscription s WHERE s.providerSubscriptionId = :provider",
            SubscriptionEntity.class)
        .setParameter("provider", providerSubscriptionId)
        .getResultStream()
        .findFirst()
        .map(SubscriptionEntity::toSubscription);
  }

  /** Newest first; subscriptions made in the same instant by id, newest id first. */
  @Override
  public List<Subscription> findByOrganizations(Collection<UUID> organizationIds) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    return transactions
        .entityManager()
        .createQuery(
            "SELECT s FROM Subscription s WHERE s.organizationId IN :organizations"
                + " ORDER BY s.createdAt DESC, s.id DESC",
            SubscriptionEntity.class)
        .setParameter("organizations", organizationIds)
        .getResultList()
        .stream()
        .map(SubscriptionEntity::toSubscription)
        .toList();
  }

  /**
   * One conditional UPDATE: of two cancellations at once, the second waits for the first's row
   * lock, finds the subscription marked, and changes nothing.
   */
  @Override
  public boolean cancelAtPeriodEnd(UUID id, Instant at) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE Subscription s SET s.cancelAtPeriodEnd = TRUE, s.canceledAt = :at"
                        + " WHERE s.id = :id AND s.cancelAtPeriodEnd = FALSE"
                        + " AND s.status <> :canceled")
                .setParameter("at", at)
                .setParameter("id", id)
                .setParameter("canceled", SubscriptionStatus.CANCELED))
        == 1;
  }

  @Override
  public Optional<Subscription> lock(UUID id) {
    EntityManager em = transactions.entityManager();
    return RowLocks.forUpdate(
            em,
            em.createQuery(
                "SELECT s FROM Subscription s WHERE s.id = :id", SubscriptionEntity.class))
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(SubscriptionEntity::toSubscription);
  }

  @Override
  public void update(Subscription subscription) {
    EntityManager em = transactions.entityManager();
    SubscriptionEntity entity = em.find(SubscriptionEntity.class, subscription.id());
    if (entity == null) {
      return;
    }
    entity.apply(subscription);
    em.flush();
    em.clear();
  }

  @Override
  public List<UUID> dueForRenewal(Instant now, int limit) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT s.id FROM Subscription s WHERE s.currentPeriodEnd <= :now"
                + " AND s.status <> :canceled AND s.nextPaymentAttemptAt IS NULL"
                + " AND s.providerSubscriptionId IS NULL"
                + " ORDER BY s.currentPeriodEnd, s.id",
            UUID.class)
        .setParameter("now", now)
        .setParameter("canceled", SubscriptionStatus.CANCELED)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<UUID> dueForCollection(Instant now, int limit) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT s.id FROM Subscription s WHERE s.nextPaymentAttemptAt <= :now"
                + " AND s.status <> :canceled AND s.providerSubscriptionId IS NULL"
                + " ORDER BY s.nextPaymentAttemptAt, s.id",
            UUID.class)
        .setParameter("now", now)
        .setParameter("canceled", SubscriptionStatus.CANCELED)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Subscription> search(SubscriptionFilter filter, RenewalPosition after, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT s FROM Subscription s WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    filter.plan().ifPresent(p -> condition(jpql, parameters, "s.plan = :plan", "plan", p));
    filter
        .status()
        .ifPresent(st -> condition(jpql, parameters, "s.status = :status", "status", st));
    filter
        .organizationId()
        .ifPresent(
            o ->
                condition(jpql, parameters, "s.organizationId = :organization", "organization", o));
    filter
        .renewsFrom()
        .ifPresent(f -> condition(jpql, parameters, "s.currentPeriodEnd >= :from", "from", f));
    filter
        .renewsBefore()
        .ifPresent(b -> condition(jpql, parameters, "s.currentPeriodEnd < :before", "before", b));
    if (after != null) {
      jpql.append(
          " AND (s.currentPeriodEnd > :afterEnd"
              + " OR (s.currentPeriodEnd = :afterEnd AND s.id > :afterId))");
      parameters.put("afterEnd", after.currentPeriodEnd());
      parameters.put("afterId", after.id());
    }
    jpql.append(" ORDER BY s.currentPeriodEnd, s.id");
    TypedQuery<SubscriptionEntity> query =
        transactions.entityManager().createQuery(jpql.toString(), SubscriptionEntity.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList().stream()
        .map(SubscriptionEntity::toSubscription)
        .toList();
  }

  private static void condition(
      StringBuilder jpql,
      Map<String, Object> parameters,
      String clause,
      String name,
      Object value) {
    jpql.append(" AND ").append(clause);
    parameters.put(name, value);
  }

  @Override
  public List<Subscription> endingWithoutRenewal(Instant from, Instant to, int limit) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT s FROM Subscription s WHERE s.cancelAtPeriodEnd = TRUE"
                + " AND s.status <> :canceled AND s.currentPeriodEnd > :from"
                + " AND s.currentPeriodEnd <= :to ORDER BY s.currentPeriodEnd, s.id",
            SubscriptionEntity.class)
        .setParameter("canceled", SubscriptionStatus.CANCELED)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(SubscriptionEntity::toSubscription)
        .toList();
  }
}
