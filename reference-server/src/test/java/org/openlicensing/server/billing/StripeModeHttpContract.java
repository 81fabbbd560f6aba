package org.openlicensing.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.net.Webhook;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openlicensing.integrations.stripe.standin.RecordedRequest;
import org.openlicensing.integrations.stripe.standin.StandInResponse;
import org.openlicensing.integrations.stripe.standin.StripeStandIn;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * Stripe mode over HTTP: the real server with the real Stripe adapter (stripe-java) pointed at the
 * local Stripe stand-in, and Stripe's webhooks signed with stripe-java's own helper. Each delivery
 * has exactly one effect, however often it comes and in whatever order, because each one makes the
 * server fetch the object's current state from the stand-in.
 */
public abstract class StripeModeHttpContract extends ServerTestBase {
  private static final String KEY = "sk_test_51StripeModeHttp0123456789";
  private static final String SECRET = "whsec_stripe_mode_http";
  private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

  private final StripeStandIn stripe = StripeStandIn.start(KEY, Instant.now());

  @Override
  protected Map<String, String> environment() {
    // The job would process an hour after start-up; the tests process when they say.
    return Map.of(
        "STRIPE_SECRET_KEY",
        KEY,
        "STRIPE_WEBHOOK_SECRET",
        SECRET,
        "STRIPE_API_BASE",
        stripe.baseUrl().toString(),
        "LICENSING_WEBHOOK_PROCESS_INTERVAL",
        "1h");
  }

  @AfterAll
  void stopStandIn() {
    stripe.close();
  }

  private ApiResponse subscribe(Customer customer, int seats, String paymentMethod, String key) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Authorization", "Bearer " + customer.accessToken());
    headers.put("Idempotency-Key", key);
    return api.send(
        "POST",
        "/v1/subscriptions",
        ApiClient.json(
            Map.of(
                "plan",
                "pro",
                "seats",
                seats,
                "billingPeriod",
                "MONTHLY",
                "paymentMethod",
                paymentMethod)),
        headers);
  }

  private JsonNode bought(Customer customer, int seats) {
    ApiResponse answer = subscribe(customer, seats, "pm_card_visa", UUID.randomUUID().toString());
    assertThat(answer.status()).as("subscribe: %s", answer).isEqualTo(201);
    return answer.json();
  }

  /** The stand-in's subscription that mirrors ours, found by the metadata the server sent. */
  private ObjectNode atStripe(JsonNode subscription) {
    String ours = subscription.get("id").asText();
    return stripe.state().subscriptions().stream()
        .filter(s -> s.path("metadata").path("subscription_id").asText().equals(ours))
        .findFirst()
        .orElseThrow();
  }

  private List<RecordedRequest> created(String path, String metadataKey, String value) {
    return stripe.requests("POST", path).stream()
        .filter(r -> r.param("metadata[" + metadataKey + "]").equals(java.util.Optional.of(value)))
        .filter(r -> !r.header("Idempotent-Replayed").isPresent())
        .toList();
  }

  private static String event(String eventId, String type, String objectId, String object) {
    return "{\"id\":\""
        + eventId
        + "\",\"object\":\"event\",\"api_version\":\"2025-11-17.clover\",\"created\":"
        + Instant.now().getEpochSecond()
        + ",\"type\":\""
        + type
        + "\",\"livemode\":false,\"data\":{\"object\":{\"id\":\""
        + objectId
        + "\",\"object\":\""
        + object
        + "\"}}}";
  }

  private static String signature(String body, String secret, Instant at) {
    long t = at.getEpochSecond();
    try {
      return "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(secret, t + "." + body);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private ApiResponse post(String body, String signatureHeader) {
    return api.send(
        "POST",
        "/v1/webhooks/stripe",
        body.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", "application/json", "Stripe-Signature", signatureHeader));
  }

  /** Delivers a signed event as Stripe would; returns its id. */
  private String deliver(String type, String objectId, String object) {
    String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    deliver(eventId, type, objectId, object);
    return eventId;
  }

  private void deliver(String eventId, String type, String objectId, String object) {
    String body = event(eventId, type, objectId, object);
    ApiResponse answer = post(body, signature(body, SECRET, Instant.now()));
    assertThat(answer.status()).as("delivery: %s", answer).isEqualTo(200);
  }

  private void process() {
    server.server().licensing().webhooks().processor().processAllDue();
  }

  private List<JsonNode> invoices(Customer customer) {
    ApiResponse list = api.get("/v1/invoices", customer.accessToken());
    assertThat(list.status()).as("invoices: %s", list).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    list.json().get("items").forEach(items::add);
    return items;
  }

  private JsonNode subscription(Customer customer, JsonNode subscription) {
    ApiResponse read =
        api.get("/v1/subscriptions/" + subscription.get("id").asText(), customer.accessToken());
    assertThat(read.status()).as("subscription: %s", read).isEqualTo(200);
    return read.json();
  }

  @Test
  void subscribingCreatesOneStripeSubscriptionWithQuantityEqualToSeatsAndOneCustomer() {
    Customer customer = newCustomer();
    ApiResponse first = subscribe(customer, 3, "pm_card_visa", "buy-3-seats");
    ApiResponse retried = subscribe(customer, 3, "pm_card_visa", "buy-3-seats");
    JsonNode second = bought(customer, 1);

    assertThat(first.status()).as("subscribe: %s", first).isEqualTo(201);
    assertThat(retried.json().get("id")).isEqualTo(first.json().get("id"));
    String ours = first.json().get("id").asText();
    List<RecordedRequest> sent = created("/v1/subscriptions", "subscription_id", ours);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).header("Idempotency-Key"))
        .hasValueSatisfying(k -> k.startsWith("subscription-"));
    assertThat(sent.get(0).param("items[0][quantity]")).contains("3");
    assertThat(sent.get(0).param("payment_behavior")).contains("error_if_incomplete");
    assertThat(atStripe(second).get("customer")).isEqualTo(atStripe(first.json()).get("customer"));
    assertThat(created("/v1/customers", "organization_id", customer.organizationId())).hasSize(1);
    assertThat(customer.licenses()).hasSize(4);
    assertThat(first.json().get("status").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void aDeclinedCardAnswersPaymentFailedAndStoresNothing() {
    Customer customer = newCustomer();
    stripe.failNext("POST", "/v1/subscriptions", StandInResponse.cardDeclined("generic_decline"));

    assertProblem(subscribe(customer, 2, "pm_card_visa", "declined"), 402, "PAYMENT_FAILED");
    assertThat(api.get("/v1/subscriptions", customer.accessToken()).json().get("items")).isEmpty();
    assertThat(customer.licenses()).isEmpty();
  }

  @Test
  void aPaymentMethodSetupAnswersTheClientSecretForStripeJs() {
    Customer customer = newCustomer();
    String path = "/v1/organizations/" + customer.organizationId() + "/payment-method-setups";

    ApiResponse setup = api.post(path, null, customer.accessToken());

    assertThat(setup.status()).as("setup: %s", setup).isEqualTo(201);
    assertThat(setup.field("id")).startsWith("seti_");
    assertThat(setup.field("clientSecret")).startsWith(setup.field("id") + "_secret_");
    assertThat(setup.field("status")).isEqualTo("requires_payment_method");
    assertProblem(api.post(path, null, newCustomer().accessToken()), 404, "NOT_FOUND");
  }

  @Test
  void aPaidInvoiceIsMirroredWithOurNumberAndItsPdfMailedOnceHoweverOftenItIsDelivered()
      throws Exception {
    Customer customer = newCustomer();
    JsonNode subscription = bought(customer, 2);
    String invoice = atStripe(subscription).get("latest_invoice").asText();

    String eventId = deliver("invoice.paid", invoice, "invoice");
    deliver(eventId, "invoice.paid", invoice, "invoice");
    deliver("invoice.paid", invoice, "invoice");
    deliver("invoice.paid", invoice, "invoice");
    process();

    List<JsonNode> mirrored = invoices(customer);
    assertThat(mirrored).hasSize(1);
    String number = mirrored.get(0).get("number").asText();
    assertThat(number).matches("INV-\\d{4}-\\d{6}");
    assertThat(mirrored.get(0).get("status").asText()).isEqualTo("PAID");
    MimeMessage mail = mailbox.awaitSubject(customer.email(), "Invoice " + number, MAIL_WAIT);
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    boolean pdf = false;
    for (int i = 0; i < parts.getCount(); i++) {
      pdf |= parts.getBodyPart(i).getContentType().toLowerCase().contains("application/pdf");
    }
    assertThat(pdf).as("the invoice's PDF is attached").isTrue();
    Thread.sleep(500);
    assertThat(mailbox.countWithSubject(customer.email(), "Invoice " + number)).isEqualTo(1);
  }

  @Test
  void subscriptionEventsOutOfOrderConvergeOnStripesCurrentState() {
    Customer customer = newCustomer();
    JsonNode subscription = bought(customer, 2);
    ObjectNode theirs = atStripe(subscription);
    String id = theirs.get("id").asText();
    theirs.put("cancel_at_period_end", true);
    theirs.put("canceled_at", Instant.now().getEpochSecond());

    deliver("customer.subscription.updated", id, "subscription");
    deliver("customer.subscription.created", id, "subscription");
    process();
    assertThat(subscription(customer, subscription).get("cancelAtPeriodEnd").asBoolean()).isTrue();
    assertThat(subscription(customer, subscription).get("status").asText()).isEqualTo("ACTIVE");

    theirs.put("status", "canceled");
    theirs.put("ended_at", Instant.now().getEpochSecond());
    deliver("customer.subscription.deleted", id, "subscription");
    deliver("customer.subscription.updated", id, "subscription");
    process();

    assertThat(subscription(customer, subscription).get("status").asText()).isEqualTo("CANCELED");
    assertThat(customer.licenses())
        .extracting(l -> l.get("status").asText())
        .containsOnly("EXPIRED");
  }

  @Test
  void aBadSignatureOrAStaleTimestampStoresNothing() {
    Customer customer = newCustomer();
    JsonNode subscription = bought(customer, 1);
    String invoice = atStripe(subscription).get("latest_invoice").asText();
    String body = event("evt_forged_" + UUID.randomUUID(), "invoice.paid", invoice, "invoice");

    assertThat(post(body, signature(body, "whsec_someone_else", Instant.now())).status())
        .isEqualTo(400);
    assertThat(
            post(body, signature(body, SECRET, Instant.now().minus(Duration.ofHours(1)))).status())
        .isEqualTo(400);
    process();

    assertThat(invoices(customer)).isEmpty();
  }

  @Test
  void aRefundAtStripeIsOneCreditNoteHoweverOftenItIsDelivered() {
    Customer customer = newCustomer();
    JsonNode subscription = bought(customer, 2);
    ObjectNode theirs = atStripe(subscription);
    deliver("invoice.paid", theirs.get("latest_invoice").asText(), "invoice");
    process();
    ObjectNode charge =
        stripe.state().charges().stream()
            .filter(c -> c.get("customer").asText().equals(theirs.get("customer").asText()))
            .findFirst()
            .orElseThrow();
    charge.put("amount_refunded", 1_000);

    deliver("charge.refunded", charge.get("id").asText(), "charge");
    deliver("charge.refunded", charge.get("id").asText(), "charge");
    process();

    String invoice = invoices(customer).get(0).get("id").asText();
    String admin = SignIn.superAdmin(api).accessToken();
    ApiResponse notes = api.get("/v1/admin/invoices/" + invoice + "/credit-notes", admin);
    assertThat(notes.status()).as("credit notes: %s", notes).isEqualTo(200);
    assertThat(notes.json().get("items")).hasSize(1);
    assertThat(notes.json().get("items").get(0).get("amount").get("amount").asLong())
        .isEqualTo(1_000);
  }
}
