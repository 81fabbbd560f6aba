package org.openlicensing.rest.usage;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.openlicensing.api.usage.UsageQuery;
import org.openlicensing.core.support.FieldChecks;

/**
 * {@code ?from=2026-01-01&to=2026-01-31&metric=api_calls}: UTC days, both included. A malformed
 * value is a 400 that names its parameter; the service checks the range.
 */
public final class UsageParams {
  @QueryParam("from")
  private String from;

  @QueryParam("to")
  private String to;

  @QueryParam("metric")
  private String metric;

  public UsageQuery query() {
    FieldChecks checks = new FieldChecks();
    LocalDate first = day(checks, "from", from);
    LocalDate last = day(checks, "to", to);
    checks.throwIfAny();
    return new UsageQuery(first, last, metric == null || metric.isBlank() ? null : metric.strip());
  }

  private static LocalDate day(FieldChecks checks, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return checks.parse(
        field,
        value.strip(),
        text -> {
          try {
            return LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a day in ISO 8601, such as 2026-01-31");
          }
        });
  }
}
