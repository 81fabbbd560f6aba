package org.openlicensing.server.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.Licensing;
import org.openlicensing.integrations.stripe.standin.RecordedRequest;
import org.openlicensing.integrations.stripe.standin.StandInResponse;
import org.openlicensing.integrations.stripe.standin.StripeStandIn;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.MovableClock;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * Stripe mode over HTTP: usage a device reports goes, through the outbox and its job, to Stripe
 * Billing meters (the local stand-in) with an identifier that makes Stripe count it once; a Stripe
 * outage neither refuses the report nor loses it, and the job sends it again later.
 */
public abstract class UsageMeterHttpContract extends ServerTestBase {
  private static final String KEY = "sk_test_51UsageMeterHttp0123456789";
  private static final String METER_EVENTS = "/v1/billing/meter_events";

  private final StripeStandIn stripe = StripeStandIn.start(KEY, Instant.now());
  private final MovableClock clock = new MovableClock();

  @Override
  protected Map<String, String> environment() {
    // The jobs would run an hour after start-up; the tests send when they say.
    return Map.of(
        "STRIPE_SECRET_KEY",
        KEY,
        "STRIPE_WEBHOOK_SECRET",
        "whsec_usage_meter_http",
        "STRIPE_API_BASE",
        stripe.baseUrl().toString(),
        "LICENSING_BILLING_JOB_INTERVAL",
        "1h",
        "LICENSING_WEBHOOK_PROCESS_INTERVAL",
        "1h",
        "LICENSING_CATALOG_FILE",
        MeteredCatalog.file().toString());
  }

  @Override
  protected void customize(Licensing.Builder builder) {
    builder.clock(clock);
  }

  @AfterAll
  void stopStandIn() {
    stripe.close();
  }

  /** A customer's license and the Stripe customer its organization became. */
  private record Bought(JsonNode license, String stripeCustomer) {}

  private Bought buy() {
    Customer customer = newCustomer();
    ApiResponse subscription = customer.subscribe(MeteredCatalog.PLAN, 1, "pm_card_visa");
    assertThat(subscription.status()).as("%s", subscription).isEqualTo(201);
    String ours = subscription.field("id");
    ObjectNode atStripe =
        stripe.state().subscriptions().stream()
            .filter(s -> s.path("metadata").path("subscription_id").asText().equals(ours))
            .findFirst()
            .orElseThrow();
    return new Bought(customer.licenses().get(0), atStripe.get("customer").asText());
  }

  private ApiResponse report(JsonNode license, String metric, long quantity, String key) {
    return api.send(
        "POST",
        "/v1/licenses/" + license.get("id").asText() + "/usage",
        org.openlicensing.server.testing.ApiClient.json(
            Map.of("metric", metric, "quantity", quantity, "idempotencyKey", key)),
        Map.of(
            "Content-Type",
            "application/json",
            "Authorization",
            "License " + license.get("key").asText()));
  }

  private List<RecordedRequest> meterRequests(String identifier) {
    return stripe.requests("POST", METER_EVENTS).stream()
        .filter(r -> r.param("identifier").orElse("").equals(identifier))
        .toList();
  }

  private List<JsonNode> countedFor(String customer) {
    return stripe.state().meterEvents().stream()
        .filter(e -> e.path("payload").path("stripe_customer_id").asText().equals(customer))
        .map(JsonNode.class::cast)
        .toList();
  }

  private int send() {
    return server.server().licensing().meterEvents().deliverAllDue();
  }

  @Test
  void reportedUsageReachesTheCustomersMeterOnce() {
    Bought bought = buy();
    String key = UUID.randomUUID().toString();
    ApiResponse first = report(bought.license(), "api_calls", 25, key);
    ApiResponse repeat = report(bought.license(), "api_calls", 25, key);
    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(repeat.status()).as("%s", repeat).isEqualTo(200);

    assertThat(send()).isEqualTo(1);
    assertThat(send()).isZero();

    List<JsonNode> counted = countedFor(bought.stripeCustomer());
    assertThat(counted).hasSize(1);
    JsonNode event = counted.get(0);
    String identifier = event.get("identifier").asText();
    assertThat(identifier).matches("olu_[0-9a-f]{64}");
    assertThat(event.get("event_name").asText()).isEqualTo("api_calls");
    assertThat(event.path("payload").path("value").asText()).isEqualTo("25");
    assertThat(event.get("timestamp").asLong())
        .isEqualTo(Instant.parse(first.field("recordedAt")).getEpochSecond());
    RecordedRequest sent = meterRequests(identifier).get(0);
    assertThat(meterRequests(identifier)).hasSize(1);
    assertThat(sent.header("Idempotency-Key")).contains(identifier);
    assertThat(sent.param("payload[stripe_customer_id]")).contains(bought.stripeCustomer());
  }

  @Test
  void aStripeOutageNeitherRefusesUsageNorLosesIt() {
    Bought bought = buy();
    // Told not to retry, stripe-java gives up at once: the outbox's job tries again later.
    stripe.failNext(
        "POST",
        METER_EVENTS,
        StandInResponse.error(503, "api_error", null, null, null, "Stripe is down")
            .withHeader("Stripe-Should-Retry", "false"));

    ApiResponse reported = report(bought.license(), "exports", 2, UUID.randomUUID().toString());
    assertThat(reported.status()).as("%s", reported).isEqualTo(201);
    assertThat(send()).isZero();
    assertThat(countedFor(bought.stripeCustomer())).isEmpty();

    clock.advance(Duration.ofSeconds(31));
    assertThat(send()).isEqualTo(1);

    List<JsonNode> counted = countedFor(bought.stripeCustomer());
    assertThat(counted).hasSize(1);
    String identifier = counted.get(0).get("identifier").asText();
    List<RecordedRequest> attempts = meterRequests(identifier);
    assertThat(attempts).hasSize(2);
    assertThat(attempts)
        .extracting(r -> r.header("Idempotency-Key").orElse(""))
        .containsOnly(identifier);
  }
}
