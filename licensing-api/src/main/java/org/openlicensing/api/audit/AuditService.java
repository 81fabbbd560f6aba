package org.openlicensing.api.audit;

import java.util.UUID;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;

/** Reading the audit log, newest first, {@code limit} events at a time. */
public interface AuditService {

  /**
   * The events about one organization, for its owners and admins, its ADMIN-scoped API keys, and
   * platform admins. The query's organization is ignored.
   */
  Page<AuditEvent> organizationEvents(
      Caller caller, UUID organizationId, AuditQuery query, String cursor, int limit);

  /** Every event, for platform admins. */
  Page<AuditEvent> allEvents(Caller caller, AuditQuery query, String cursor, int limit);
}
