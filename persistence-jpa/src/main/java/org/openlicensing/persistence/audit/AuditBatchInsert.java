package org.openlicensing.persistence.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.persistence.JdbcBatch;

/** Appends the events of a bulk operation, one per line, in JDBC batches. */
final class AuditBatchInsert {
  private static final String INSERT =
      "INSERT INTO audit_events (id, occurred_at, actor_account_id, actor_api_key_id, action,"
          + " target_type, target_id, organization_id, ip_address, request_id, details)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private AuditBatchInsert() {}

  static void insertAll(EntityManager em, List<AuditEvent> events) {
    JdbcBatch.execute(
        em,
        INSERT,
        events,
        (statement, event) -> {
          statement.setObject(1, event.id());
          JdbcBatch.setInstant(statement, 2, event.occurredAt());
          JdbcBatch.setUuid(statement, 3, event.actorAccountId().orElse(null));
          JdbcBatch.setUuid(statement, 4, event.actorApiKeyId().orElse(null));
          statement.setString(5, event.action());
          statement.setString(6, event.targetType());
          JdbcBatch.setUuid(statement, 7, event.targetId().orElse(null));
          JdbcBatch.setUuid(statement, 8, event.organizationId().orElse(null));
          JdbcBatch.setString(statement, 9, event.ipAddress().orElse(null));
          JdbcBatch.setString(statement, 10, event.requestId().orElse(null));
          statement.setString(11, AuditDetails.encode(event.details()));
        });
  }
}
