package org.openlicensing.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.billing.provider.ProviderException.Kind;
import org.openlicensing.core.billing.provider.ProviderMeterEvent;
import org.openlicensing.integrations.stripe.standin.RecordedRequest;
import org.openlicensing.integrations.stripe.standin.StandInResponse;

/** Usage to {@code POST /v1/billing/meter_events}, as Stripe documents the request. */
class StripeMeterEventsTest {
  private static final String PATH = "/v1/billing/meter_events";
  private static final String IDENTIFIER =
      "olu_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private final StandInFixture fixture = new StandInFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static ProviderMeterEvent event(Instant at) {
    return new ProviderMeterEvent("api_calls", "cus_123", 25, IDENTIFIER, at);
  }

  @Test
  void anEventIsSentWithTheMetersDefaultPayloadKeysAndItsIdentifier() {
    Instant at = StandInFixture.NOW.minusSeconds(3_600);

    fixture.provider.reportMeterEvent(event(at), IDENTIFIER);

    RecordedRequest sent = fixture.stripe.requests("POST", PATH).get(0);
    assertThat(sent.param("event_name")).contains("api_calls");
    assertThat(sent.param("payload[stripe_customer_id]")).contains("cus_123");
    assertThat(sent.param("payload[value]")).contains("25");
    assertThat(sent.param("identifier")).contains(IDENTIFIER);
    assertThat(sent.param("timestamp")).contains(Long.toString(at.getEpochSecond()));
    assertThat(sent.header("Idempotency-Key")).contains(IDENTIFIER);
    List<com.fasterxml.jackson.databind.node.ObjectNode> counted =
        fixture.stripe.state().meterEvents();
    assertThat(counted)
        .singleElement()
        .extracting(e -> e.get("object").asText())
        .isEqualTo("billing.meter_event");
  }

  @Test
  void stripeJavasOwnRetrySendsTheSameKeyAndStripeCountsTheEventOnce() {
    fixture.stripe.failNext(
        "POST",
        PATH,
        StandInResponse.error(409, "invalid_request_error", "lock_timeout", null, null, "busy")
            .withHeader("Stripe-Should-Retry", "true"));

    fixture.provider.reportMeterEvent(event(StandInFixture.NOW), IDENTIFIER);
    fixture.provider.reportMeterEvent(event(StandInFixture.NOW), IDENTIFIER);

    assertThat(fixture.stripe.requests("POST", PATH))
        .hasSize(3)
        .extracting(r -> r.header("Idempotency-Key").orElseThrow())
        .containsOnly(IDENTIFIER);
    assertThat(fixture.stripe.state().meterEvents())
        .extracting((JsonNode e) -> e.get("identifier").asText())
        .containsExactly(IDENTIFIER);
  }

  @Test
  void anOutageIsUnavailableToBeTriedAgainLater() {
    fixture.stripe.failNext(
        "POST",
        PATH,
        StandInResponse.error(503, "api_error", null, null, null, "down")
            .withHeader("Stripe-Should-Retry", "false"));

    ProviderException failure =
        catchThrowableOfType(
            ProviderException.class,
            () -> fixture.provider.reportMeterEvent(event(StandInFixture.NOW), IDENTIFIER));

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(fixture.stripe.state().meterEvents()).isEmpty();
  }

  @Test
  void anEventOutsideStripesWindowIsARefusedRequest() {
    ProviderException failure =
        catchThrowableOfType(
            ProviderException.class,
            () ->
                fixture.provider.reportMeterEvent(
                    event(StandInFixture.NOW.minusSeconds(36L * 24 * 3600)), IDENTIFIER));

    assertThat(failure.kind()).isEqualTo(Kind.INVALID_REQUEST);
    assertThat(failure.param()).contains("timestamp");
  }
}
