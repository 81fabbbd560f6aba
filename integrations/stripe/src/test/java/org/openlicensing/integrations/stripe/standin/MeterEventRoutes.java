package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code POST /v1/billing/meter_events}, checked as Stripe documents it: an event name, the default
 * payload keys {@code stripe_customer_id} and a numeric {@code value}, and a timestamp within the
 * past 35 days or up to 5 minutes ahead. An identifier seen before is counted once.
 */
final class MeterEventRoutes implements Route {
  private static final long PAST_WINDOW_SECONDS = 35L * 24 * 60 * 60;
  private static final long FUTURE_WINDOW_SECONDS = 5L * 60;

  private final StandInState state;

  MeterEventRoutes(StandInState state) {
    this.state = state;
  }

  @Override
  public Optional<StandInResponse> handle(RecordedRequest request) {
    return Route.match(request, "POST", "/v1/billing/meter_events").map(m -> create(request));
  }

  private StandInResponse create(RecordedRequest request) {
    Optional<String> eventName = request.param("event_name");
    Optional<String> customer = request.param("payload[stripe_customer_id]");
    Optional<String> value = request.param("payload[value]");
    if (eventName.isEmpty()) {
      return missing("event_name");
    }
    if (customer.isEmpty()) {
      return missing("payload[stripe_customer_id]");
    }
    if (value.isEmpty() || !value.get().matches("-?[0-9]+(\\.[0-9]+)?")) {
      return StandInResponse.invalid(
          "parameter_invalid_string", "payload[value]", "The value must be a number.");
    }
    long now = state.now();
    long timestamp = request.param("timestamp").map(Long::parseLong).orElse(now);
    if (timestamp < now - PAST_WINDOW_SECONDS || timestamp > now + FUTURE_WINDOW_SECONDS) {
      return StandInResponse.invalid(
          "timestamp_out_of_range",
          "timestamp",
          "Timestamp must be within the past 35 calendar days or up to 5 minutes in the future.");
    }
    String identifier = request.param("identifier").orElseGet(() -> state.newId("mev"));
    ObjectNode event = Fixtures.copy("billing.meter_event");
    event.put("event_name", eventName.get());
    event.put("identifier", identifier);
    event.put("created", now);
    event.put("timestamp", timestamp);
    ObjectNode payload = event.putObject("payload");
    payload.put("stripe_customer_id", customer.get());
    payload.put("value", value.get());
    synchronized (state) {
      state.meterEvents.putIfAbsent(identifier, event);
    }
    return StandInResponse.ok(event);
  }

  private static StandInResponse missing(String param) {
    return StandInResponse.invalid(
        "parameter_missing", param, "Missing required param: " + param + ".");
  }
}
