package org.openlicensing.persistence.audit;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.core.audit.AuditLogRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

/** The audit log: this class inserts and reads; nothing in the library updates or deletes. */
public final class JpaAuditLogRepository implements AuditLogRepository {
  private final JpaTransactions transactions;

  public JpaAuditLogRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(AuditEvent event) {
    Writes.insert(transactions.entityManager(), AuditEventEntity.of(event));
  }

  /** In JDBC batches of a thousand events. */
  @Override
  public void appendAll(List<AuditEvent> events) {
    AuditBatchInsert.insertAll(transactions.entityManager(), events);
  }

  /**
   * One query over the target and the actor indexes; events of the same instant by id, newest id
   * first.
   */
  @Override
  public List<AuditEvent> findRecentAbout(UUID accountId, int limit) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT e FROM AuditEvent e WHERE e.actorAccountId = :account OR e.targetId = :account"
                + " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEventEntity.class)
        .setParameter("account", accountId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(AuditEventEntity::toEvent)
        .toList();
  }

  @Override
  public List<AuditEvent> find(AuditQuery query, UUID beforeId, int limit) {
    return AuditSearch.run(transactions.entityManager(), query, beforeId, limit);
  }
}
