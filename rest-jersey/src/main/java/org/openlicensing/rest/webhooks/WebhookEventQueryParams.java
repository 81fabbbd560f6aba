package org.openlicensing.rest.webhooks;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.openlicensing.api.webhooks.WebhookEventQuery;
import org.openlicensing.api.webhooks.WebhookEventStatus;
import org.openlicensing.core.support.FieldChecks;

/**
 * The filters of the inbox list, from the query string, parsed here so that a bad one is a 400
 * naming its parameter.
 */
public final class WebhookEventQueryParams {
  @QueryParam("provider")
  String provider;

  @QueryParam("status")
  String status;

  @QueryParam("type")
  String type;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("cursor")
  String cursor;

  @QueryParam("limit")
  @DefaultValue("100")
  String limit;

  public WebhookEventQuery query() {
    FieldChecks checks = new FieldChecks();
    WebhookEventStatus state = status(checks);
    Instant start = instant(checks, "from", from);
    Instant end = instant(checks, "to", to);
    checks.throwIfAny();
    return new WebhookEventQuery(provider, state, type, start, end);
  }

  public String cursor() {
    return cursor;
  }

  public int limit() {
    FieldChecks checks = new FieldChecks();
    Integer value =
        checks.parse(
            "limit",
            limit,
            text -> {
              try {
                return Integer.parseInt(text.strip());
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number");
              }
            });
    checks.throwIfAny();
    return value;
  }

  private WebhookEventStatus status(FieldChecks checks) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return checks.parse(
        "status",
        status.strip(),
        text -> {
          for (WebhookEventStatus candidate : WebhookEventStatus.values()) {
            if (candidate.name().equals(text)) {
              return candidate;
            }
          }
          throw new IllegalArgumentException(
              "must be one of "
                  + Arrays.stream(WebhookEventStatus.values())
                      .map(Enum::name)
                      .collect(Collectors.joining(", ")));
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
