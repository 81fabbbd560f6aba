package org.openlicensing.persistence.security;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.core.security.SecurityEventRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

/**
 * Security events, paged newest first by id on the primary key. Ids are UUIDv7, so their order is
 * the order of time; the database compares them as unsigned numbers, which is that order.
 */
public final class JpaSecurityEventRepository implements SecurityEventRepository {
  private final JpaTransactions transactions;

  public JpaSecurityEventRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(SecurityEvent event) {
    Writes.insert(transactions.entityManager(), SecurityEventEntity.of(event));
  }

  @Override
  public List<SecurityEvent> findRecent(UUID beforeId, int limit) {
    TypedQuery<SecurityEventEntity> query =
        transactions
            .entityManager()
            .createQuery(
                "SELECT e FROM SecurityEvent e"
                    + (beforeId == null ? "" : " WHERE e.id < :before")
                    + " ORDER BY e.id DESC",
                SecurityEventEntity.class);
    if (beforeId != null) {
      query.setParameter("before", beforeId);
    }
    return query.setMaxResults(limit).getResultList().stream()
        .map(SecurityEventEntity::toEvent)
        .toList();
  }
}
