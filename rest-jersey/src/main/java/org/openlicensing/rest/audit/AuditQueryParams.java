package org.openlicensing.rest.audit;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.core.support.FieldChecks;

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
    UUID actor = uuid(checks, "actorAccountId", actorAccountId);
    UUID target = uuid(checks, "targetId", targetId);
    UUID organization = withOrganization ? uuid(checks, "organizationId", organizationId) : null;
    Instant start = instant(checks, "from", from);
    Instant end = instant(checks, "to", to);
    checks.throwIfAny();
    return new AuditQuery(action, targetType, actor, target, start, end, organization);
  }

  public String cursor() {
    return cursor;
  }

  public int limit() {
    FieldChecks checks = new FieldChecks();
    Integer value = checks.parse("limit", limit, AuditQueryParams::number);
    checks.throwIfAny();
    return value;
  }

  private static Integer number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a whole number");
    }
  }

  private static UUID uuid(FieldChecks checks, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return checks.parse(
        field,
        value.strip(),
        text -> {
          try {
            return UUID.fromString(text);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not an id");
          }
        });
  }

  private static Instant instant(FieldChecks checks, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return checks.parse(
        field,
        value.strip(),
        text -> {
          try {
            return Instant.parse(text);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                "is not an instant in ISO 8601, such as 2026-01-31T12:00:00Z");
          }
        });
  }
}
