package org.openlicensing.rest.admin;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.openlicensing.api.billing.SubscriptionFilter;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.rest.QueryValues;

/** The filters of the admins' subscription overview, from the query string. */
public final class SubscriptionFilterParams {
  @QueryParam("plan")
  String plan;

  @QueryParam("status")
  String status;

  @QueryParam("organizationId")
  String organizationId;

  @QueryParam("renewsFrom")
  String renewsFrom;

  @QueryParam("renewsBefore")
  String renewsBefore;

  @QueryParam("cursor")
  String cursor;

  @QueryParam("limit")
  @DefaultValue("50")
  String limit;

  /** The filter and page size, each bad value named. */
  record Parsed(SubscriptionFilter filter, String cursor, int limit) {}

  Parsed parse() {
    FieldChecks checks = new FieldChecks();
    SubscriptionFilter filter =
        new SubscriptionFilter(
            Optional.ofNullable(plan).filter(p -> !p.isBlank()).map(String::strip),
            Optional.ofNullable(
                QueryValues.constant(checks, "status", status, SubscriptionStatus.class)),
            Optional.ofNullable(QueryValues.uuid(checks, "organizationId", organizationId)),
            Optional.ofNullable(QueryValues.instant(checks, "renewsFrom", renewsFrom)),
            Optional.ofNullable(QueryValues.instant(checks, "renewsBefore", renewsBefore)));
    Integer size = QueryValues.number(checks, "limit", limit);
    if (size == null) {
      checks.reject("limit", "must be a whole number");
    }
    checks.throwIfAny();
    return new Parsed(filter, cursor, size);
  }
}
