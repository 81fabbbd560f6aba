package org.openlicensing.core.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.core.support.Ids;

/**
 * Writes audit events in the caller's transaction, so that an action and its record are kept or
 * lost together.
 */
public final class AuditLog {
  private final AuditLogRepository repository;
  private final Clock clock;

  public AuditLog(AuditLogRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Records the entry as done by the caller; a null caller is the system itself. */
  public void record(Caller actor, AuditEntry entry, ClientInfo client) {
    repository.append(event(actor, entry, client));
  }

  /** Records the entries of one bulk operation in one batch. */
  public void recordAll(Caller actor, List<AuditEntry> entries, ClientInfo client) {
    if (!entries.isEmpty()) {
      repository.appendAll(entries.stream().map(entry -> event(actor, entry, client)).toList());
    }
  }

  private AuditEvent event(Caller actor, AuditEntry entry, ClientInfo given) {
    // An application calling in-process may have no request to tell of.
    ClientInfo client = given == null ? ClientInfo.UNKNOWN : given;
    UUID actorAccount =
        actor instanceof Caller.AccountCaller account ? account.principal().accountId() : null;
    UUID actorKey = actor instanceof Caller.ApiKeyCaller key ? key.key().apiKeyId() : null;
    return new AuditEvent(
        Ids.newId(clock),
        clock.instant(),
        Optional.ofNullable(actorAccount),
        Optional.ofNullable(actorKey),
        entry.action(),
        entry.targetType(),
        Optional.ofNullable(entry.targetId()),
        Optional.ofNullable(entry.organizationId()),
        Optional.ofNullable(client.ipAddress()),
        Optional.ofNullable(client.requestId()),
        entry.details());
  }
}
