package org.openlicensing.core.audit;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;

/** The audit log: events are appended, never changed or removed. */
public interface AuditLogRepository {

  void append(AuditEvent event);

  /** Appends events in one batch, as bulk operations make them. */
  void appendAll(List<AuditEvent> events);

  /** The newest events in which the account acted or was acted on, newest first. */
  List<AuditEvent> findRecentAbout(UUID accountId, int limit);

  /**
   * The events the query matches, newest (greatest id) first, older than the given id (null for the
   * newest). The query's action matches exactly, or as a prefix when it ends in a dot.
   */
  List<AuditEvent> find(AuditQuery query, UUID beforeId, int limit);
}
