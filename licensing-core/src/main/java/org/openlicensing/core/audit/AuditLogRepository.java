package org.openlicensing.core.audit;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.audit.AuditEvent;

/** The audit log: events are appended, never changed or removed. */
public interface AuditLogRepository {

  void append(AuditEvent event);

  /** The newest events in which the account acted or was acted on, newest first. */
  List<AuditEvent> findRecentAbout(UUID accountId, int limit);
}
