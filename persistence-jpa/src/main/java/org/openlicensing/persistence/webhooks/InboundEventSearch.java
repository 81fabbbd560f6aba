package org.openlicensing.persistence.webhooks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.webhooks.WebhookEvent;
import org.openlicensing.api.webhooks.WebhookEventQuery;
import org.openlicensing.api.webhooks.WebhookEventStatus;

/**
 * The inbox as admins browse it: a condition per field the query sets, newest (greatest id) first,
 * as UUIDv7 ids are time-ordered. The payloads stay in the database: a page of a hundred events
 * needs none of them.
 */
final class InboundEventSearch {
  private static final String COLUMNS =
      "e.id, e.provider, e.eventId, e.type, e.objectId, e.status, e.attempts, e.nextAttemptAt,"
          + " e.lastError, e.receivedAt, e.processedAt";

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private InboundEventSearch() {}

  static List<WebhookEvent> run(
      EntityManager em, WebhookEventQuery query, UUID beforeId, int limit) {
    InboundEventSearch search = new InboundEventSearch();
    search.add("e.provider = :provider", "provider", query.provider());
    search.add("e.status = :status", "status", query.status());
    search.add("e.type = :type", "type", query.type());
    search.add("e.receivedAt >= :from", "from", query.from());
    search.add("e.receivedAt < :to", "to", query.to());
    search.add("e.id < :before", "before", beforeId);
    return search.query(em).setMaxResults(limit).getResultList().stream()
        .map(InboundEventSearch::event)
        .toList();
  }

  private void add(String condition, String name, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(name, value);
    }
  }

  private TypedQuery<Object[]> query(EntityManager em) {
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT " + COLUMNS + " FROM InboundEvent e" + where + " ORDER BY e.id DESC",
            Object[].class);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static WebhookEvent event(Object[] row) {
    return new WebhookEvent(
        (UUID) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        Optional.ofNullable((String) row[4]),
        (WebhookEventStatus) row[5],
        (Integer) row[6],
        Optional.ofNullable((Instant) row[7]),
        Optional.ofNullable((String) row[8]),
        (Instant) row[9],
        Optional.ofNullable((Instant) row[10]),
        Optional.empty());
  }
}
