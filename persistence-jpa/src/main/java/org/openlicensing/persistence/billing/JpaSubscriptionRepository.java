package org.openlicensing.persistence.billing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.persistence.JpaTransactions;
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
}
