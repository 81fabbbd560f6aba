package org.openlicensing.core.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.api.audit.AuditService;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Cursors;
import org.openlicensing.core.support.FieldChecks;

/** The audit log, for an organization's admins and for platform admins. */
public final class DefaultAuditService implements AuditService {
  public static final int MAX_PAGE_SIZE = 500;

  private final Transactions transactions;
  private final AuditLogRepository log;
  private final OrganizationAccess access;

  public DefaultAuditService(
      Transactions transactions, AuditLogRepository log, OrganizationAccess access) {
    this.transactions = transactions;
    this.log = log;
    this.access = access;
  }

  @Override
  public Page<AuditEvent> organizationEvents(
      Caller caller, UUID organizationId, AuditQuery query, String cursor, int limit) {
    AuditQuery checked = check(query);
    AuditQuery ofOrganization =
        new AuditQuery(
            checked.action(),
            checked.targetType(),
            checked.actorAccountId(),
            checked.targetId(),
            checked.from(),
            checked.to(),
            organizationId);
    return page(
        limit,
        cursor,
        before -> {
          access.require(caller, organizationId, OrganizationPermission.READ_AUDIT);
          return log.find(ofOrganization, before, limit + 1);
        });
  }

  @Override
  public Page<AuditEvent> allEvents(Caller caller, AuditQuery query, String cursor, int limit) {
    if (!(caller instanceof Caller.AccountCaller account)
        || !account.principal().isPlatformAdmin()) {
      throw new LicensingException(ErrorCode.FORBIDDEN, "this needs a platform ADMIN");
    }
    AuditQuery checked = check(query);
    return page(limit, cursor, before -> log.find(checked, before, limit + 1));
  }

  private Page<AuditEvent> page(int limit, String cursor, Function<UUID, List<AuditEvent>> query) {
    Cursors.requireLimit(limit, MAX_PAGE_SIZE);
    UUID before = Cursors.decodeId(cursor);
    return Cursors.page(
        transactions.inTransaction(() -> query.apply(before)),
        limit,
        event -> Cursors.encodeId(event.id()));
  }

  private static AuditQuery check(AuditQuery query) {
    AuditQuery q = query == null ? AuditQuery.everything() : query;
    FieldChecks checks = new FieldChecks();
    String action = checks.optionalText("action", q.action(), 100);
    String targetType = checks.optionalText("targetType", q.targetType(), 50);
    if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
      checks.reject("to", "must be after from");
    }
    checks.throwIfAny();
    return new AuditQuery(
        action, targetType, q.actorAccountId(), q.targetId(), q.from(), q.to(), q.organizationId());
  }
}
