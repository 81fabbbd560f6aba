package org.openlicensing.persistence.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;

/**
 * The audit log as admins browse it: one query with a condition per field the query sets, newest
 * (greatest id) first, as UUIDv7 ids are time-ordered. An organization's events come from the index
 * (organization_id, id), the platform's from the primary key.
 */
final class AuditSearch {
  /** Escapes {@code %} and {@code _} in an action prefix; not a character actions use. */
  private static final char ESCAPE = '!';

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private AuditSearch() {}

  static List<AuditEvent> run(EntityManager em, AuditQuery query, UUID beforeId, int limit) {
    AuditSearch search = new AuditSearch();
    search.action(query.action());
    search.add("e.targetType = :targetType", "targetType", query.targetType());
    search.add("e.actorAccountId = :actor", "actor", query.actorAccountId());
    search.add("e.targetId = :target", "target", query.targetId());
    search.add("e.occurredAt >= :from", "from", query.from());
    search.add("e.occurredAt < :to", "to", query.to());
    search.add("e.organizationId = :organization", "organization", query.organizationId());
    search.add("e.id < :before", "before", beforeId);
    return search.query(em).setMaxResults(limit).getResultList().stream()
        .map(AuditEventEntity::toEvent)
        .toList();
  }

  /** Exactly, or, for an action that ends in a dot, every action that starts with it. */
  private void action(String action) {
    if (action == null) {
      return;
    }
    if (action.endsWith(".")) {
      add("e.action LIKE :action ESCAPE '" + ESCAPE + "'", "action", likePrefix(action));
    } else {
      add("e.action = :action", "action", action);
    }
  }

  static String likePrefix(String prefix) {
    StringBuilder pattern = new StringBuilder();
    for (char c : prefix.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  private void add(String condition, String name, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(name, value);
    }
  }

  private TypedQuery<AuditEventEntity> query(EntityManager em) {
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<AuditEventEntity> query =
        em.createQuery(
            "SELECT e FROM AuditEvent e" + where + " ORDER BY e.id DESC", AuditEventEntity.class);
    parameters.forEach(query::setParameter);
    return query;
  }
}
