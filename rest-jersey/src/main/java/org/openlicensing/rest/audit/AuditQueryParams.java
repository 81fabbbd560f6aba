package org.openlicensing.rest.audit;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.rest.QueryValues;

/**
 * The filters of an audit list, from the query string. Ids and instants arrive as text and are
 * parsed here, so that a bad one is a 400 naming its parameter rather than Jersey's bare 404.
 */
public final class AuditQueryParams {
  @QueryParam("action")
  String action;

  @QueryParam("targetType")
  String targetType;

  @QueryParam("actorAccountId")
  String actorAccountId;

  @QueryParam("targetId")
  String targetId;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("organizationId")
  String organizationId;

  @QueryParam("cursor")
  String cursor;

  @QueryParam("limit")
  @DefaultValue("100")
  String limit;

  /** The query; the organization filter only where the caller may use it (platform admins). */
  public AuditQuery query(boolean withOrganization) {
    FieldChecks checks = new FieldChecks();
    UUID actor = QueryValues.uuid(checks, "actorAccountId", actorAccountId);
    UUID target = QueryValues.uuid(checks, "targetId", targetId);
    UUID organization =
        withOrganization ? QueryValues.uuid(checks, "organizationId", organizationId) : null;
    Instant start = QueryValues.instant(checks, "from", from);
    Instant end = QueryValues.instant(checks, "to", to);
    checks.throwIfAny();
    return new AuditQuery(action, targetType, actor, target, start, end, organization);
  }

  public String cursor() {
    return cursor;
  }

  public int limit() {
    FieldChecks checks = new FieldChecks();
    Integer value = QueryValues.number(checks, "limit", limit);
    if (value == null) {
      checks.reject("limit", "must be a whole number");
    }
    checks.throwIfAny();
    return value;
  }
}
