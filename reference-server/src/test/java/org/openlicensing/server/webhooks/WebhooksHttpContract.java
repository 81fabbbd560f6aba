package org.openlicensing.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.Licensing;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.MovableClock;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * Stripe webhooks over HTTP, signed with stripe-java's own helper: verified on the raw body, stored
 * once per event id, acknowledged at once, processed once by a handler that applies Stripe's
 * current state whatever the order of deliveries, retried on the configured schedule with the
 * server's clock moved forward, dead-lettered after it, listed, inspected and replayed by admins,
 * and reclaimed after a crash.
 */
public abstract class WebhooksHttpContract extends ServerTestBase {
  private static final String EVENTS = "/v1/admin/webhook-events";

  private final MovableClock clock = new MovableClock();
  private final RecordingStripeHandler handler = new RecordingStripeHandler();

  /** A connection to the server's database, for rows a crashed worker would leave. */
  protected abstract Connection connect() throws SQLException;

  @Override
  protected Map<String, String> environment() {
    // The job would process on its own an hour after start-up; the tests process when they say.
    return Map.of(
        "STRIPE_WEBHOOK_SECRET", "whsec_rolled_out_old, " + StripeDeliveries.SECRET,
        "LICENSING_WEBHOOK_PROCESS_INTERVAL", "1h",
        "LICENSING_WEBHOOK_RETRY_SCHEDULE", "1m,5m");
  }

  @Override
  protected void customize(Licensing.Builder builder) {
    builder.clock(clock).inboundEventHandler(handler);
  }

  private void processDue() {
    server.server().licensing().webhooks().processor().processAllDue();
  }

  private String adminToken;
  private Instant adminSignedInAt;

  /**
   * The super admin's access token, signed in again once the tests have moved the clock near the
   * token's lifetime of fifteen minutes.
   */
  private synchronized String admin() {
    if (adminToken == null
        || clock.instant().isAfter(adminSignedInAt.plus(Duration.ofMinutes(10)))) {
      adminToken = SignIn.superAdmin(api).accessToken();
      adminSignedInAt = clock.instant();
    }
    return adminToken;
  }

  private static String newEventId() {
    return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }

  /** The inbox's events of one type, newest first, as an admin lists them. */
  private List<JsonNode> listed(String query) {
    ApiResponse answer = api.get(EVENTS + "?" + query, admin());
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    answer.json().get("items").forEach(items::add);
    return items;
  }

  private JsonNode stored(String eventId) {
    List<JsonNode> found =
        listed("provider=stripe&limit=500").stream()
            .filter(e -> e.get("eventId").asText().equals(eventId))
            .toList();
    assertThat(found).as("events stored for %s", eventId).hasSize(1);
    ApiResponse one = api.get(EVENTS + "/" + found.get(0).get("id").asText(), admin());
    assertThat(one.status()).as("%s", one).isEqualTo(200);
    return one.json();
  }

  private boolean isStored(String eventId) {
    return listed("provider=stripe&limit=500").stream()
        .anyMatch(e -> e.get("eventId").asText().equals(eventId));
  }

  // Reception

  @Test
  void aSignedDeliveryIsAcknowledgedAndStoredAsReceived() {
    String eventId = newEventId();
    String body = StripeDeliveries.event(eventId);

    ApiResponse answer = StripeDeliveries.deliver(api, body);

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.json().get("received").asBoolean()).isTrue();
    JsonNode event = stored(eventId);
    assertThat(event.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(event.get("type").asText()).isEqualTo("customer.subscription.updated");
    assertThat(event.get("objectId").asText()).isEqualTo("sub_" + eventId);
    assertThat(event.get("payload").asText()).as("the raw body, byte for byte").isEqualTo(body);
    assertThat(handler.attempts(eventId)).as("nothing is processed in the request").isZero();
  }

  @Test
  void aDeliverySignedWithAnotherConfiguredSecretIsTakenWhileSecretsRoll() {
    String eventId = newEventId();
    String body = StripeDeliveries.event(eventId);

    ApiResponse answer =
        StripeDeliveries.post(
            api, body, StripeDeliveries.signature(body, "whsec_rolled_out_old", Instant.now()));

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(isStored(eventId)).isTrue();
  }

  @Test
  void aBadSignatureIsRefusedAndNothingIsStored() {
    String eventId = newEventId();
    String body = StripeDeliveries.event(eventId);

    ApiResponse wrongSecret =
        StripeDeliveries.post(
            api, body, StripeDeliveries.signature(body, "whsec_not_ours", Instant.now()));
    ApiResponse tampered =
        StripeDeliveries.post(
            api,
            body.replace("active", "canceled"),
            StripeDeliveries.signature(body, StripeDeliveries.SECRET, Instant.now()));
    ApiResponse missing = StripeDeliveries.post(api, body, null);
    ApiResponse garbled = StripeDeliveries.post(api, body, "t=abc,v1=%%%");

    for (ApiResponse answer : List.of(wrongSecret, tampered, missing, garbled)) {
      assertProblem(answer, 400, "WEBHOOK_SIGNATURE_INVALID");
    }
    assertThat(isStored(eventId)).isFalse();
  }

  @Test
  void aDeliveryOlderThanFiveMinutesIsRefused() {
    String eventId = newEventId();
    String body = StripeDeliveries.event(eventId);

    ApiResponse answer =
        StripeDeliveries.post(
            api,
            body,
            StripeDeliveries.signature(
                body, StripeDeliveries.SECRET, Instant.now().minusSeconds(301)));

    assertProblem(answer, 400, "WEBHOOK_SIGNATURE_INVALID");
    assertThat(isStored(eventId)).isFalse();
  }

  @Test
  void aProviderWithoutWebhooksIsNotFound() {
    String body = StripeDeliveries.event(newEventId());

    ApiResponse answer =
        api.send(
            "POST",
            "/v1/webhooks/paypal",
            body.getBytes(StandardCharsets.UTF_8),
            Map.of(
                "Stripe-Signature",
                StripeDeliveries.signature(body, StripeDeliveries.SECRET, Instant.now())));

    assertProblem(answer, 404, "NOT_FOUND");
  }

  @Test
  void aDeliveryLargerThanTheLimitOfJsonRequestsIsTaken() {
    String eventId = newEventId();
    String body =
        StripeDeliveries.event(
            eventId, "invoice.finalized", "sub_" + eventId, "x".repeat(300 * 1024));

    ApiResponse answer = StripeDeliveries.deliver(api, body);

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(stored(eventId).get("payload").asText()).isEqualTo(body);
  }

  // Exactly once

  @Test
  void theSameDeliveryThreeTimesIsOneRowWithOneEffect() {
    String eventId = newEventId();
    String body = StripeDeliveries.event(eventId);

    for (int i = 0; i < 3; i++) {
      assertThat(StripeDeliveries.deliver(api, body).status()).isEqualTo(200);
    }
    processDue();
    processDue();

    assertThat(stored(eventId).get("status").asText()).isEqualTo("PROCESSED");
    assertThat(handler.effects(eventId)).isEqualTo(1);
  }

  @Test
  void deliveriesOutOfOrderHaveEachEffectOnceAndLeaveStripesCurrentState() {
    String subscription = "sub_" + UUID.randomUUID().toString().substring(0, 8);
    List<String> ids = List.of(newEventId(), newEventId(), newEventId(), newEventId());
    List<String> statuses = List.of("trialing", "active", "past_due", "canceled");
    handler.stripeState.put(subscription, "canceled");
    // As Stripe may deliver them: the newest first, some twice, the oldest last.
    for (int i : new int[] {3, 1, 0, 2, 1, 3, 0}) {
      String body =
          StripeDeliveries.event(
              ids.get(i), "customer.subscription.updated", subscription, statuses.get(i));
      assertThat(StripeDeliveries.deliver(api, body).status()).isEqualTo(200);
      if (i == 2) {
        processDue();
      }
    }
    processDue();

    for (String id : ids) {
      assertThat(handler.effects(id)).as("effects of %s", id).isEqualTo(1);
      assertThat(stored(id).get("status").asText()).isEqualTo("PROCESSED");
    }
    assertThat(handler.applied).containsEntry(subscription, "canceled");
  }

  // Retries, dead letters, replays

  @Test
  void aHandlerThatFailsTwiceIsRetriedOnTheScheduleThenSucceeds() {
    String eventId = newEventId();
    handler.failNext(eventId, 2);
    StripeDeliveries.deliver(api, StripeDeliveries.event(eventId));

    processDue();
    JsonNode first = stored(eventId);
    assertThat(first.get("status").asText()).isEqualTo("FAILED");
    assertThat(first.get("attempts").asInt()).isEqualTo(1);
    assertThat(first.get("lastError").asText())
        .isEqualTo("IllegalStateException: Stripe answered 503 for sub_" + eventId);
    Instant firstRetry = Instant.parse(first.get("nextAttemptAt").asText());
    assertThat(firstRetry)
        .isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS).plus(Duration.ofMinutes(1)));

    clock.advance(Duration.ofSeconds(30));
    processDue();
    assertThat(handler.attempts(eventId)).as("not due before a minute").isEqualTo(1);

    clock.advance(Duration.ofSeconds(30));
    processDue();
    JsonNode second = stored(eventId);
    assertThat(second.get("status").asText()).isEqualTo("FAILED");
    assertThat(second.get("attempts").asInt()).isEqualTo(2);
    assertThat(Instant.parse(second.get("nextAttemptAt").asText()))
        .isEqualTo(firstRetry.plus(Duration.ofMinutes(5)));

    clock.advance(Duration.ofMinutes(5));
    processDue();
    JsonNode done = stored(eventId);
    assertThat(done.get("status").asText()).isEqualTo("PROCESSED");
    assertThat(done.get("attempts").asInt()).isEqualTo(3);
    assertThat(handler.effects(eventId)).isEqualTo(1);
  }

  @Test
  void anEventIsDeadLetteredAfterTheScheduleAndAnAdminReplaysIt() {
    String eventId = newEventId();
    handler.failNext(eventId, 3);
    StripeDeliveries.deliver(api, StripeDeliveries.event(eventId));
    for (int attempt = 0; attempt < 3; attempt++) {
      processDue();
      clock.advance(Duration.ofMinutes(5));
    }
    JsonNode dead = stored(eventId);
    assertThat(dead.get("status").asText()).isEqualTo("DEAD");
    assertThat(dead.get("attempts").asInt()).isEqualTo(3);
    assertThat(dead.get("nextAttemptAt").isNull()).isTrue();
    assertThat(listed("status=DEAD&limit=500"))
        .anyMatch(e -> e.get("eventId").asText().equals(eventId));

    String admin = admin();
    ApiResponse replay = api.post(EVENTS + "/" + dead.get("id").asText() + "/replay", null, admin);

    assertThat(replay.status()).as("%s", replay).isEqualTo(200);
    assertThat(replay.json().get("status").asText()).isEqualTo("RECEIVED");
    assertThat(replay.json().get("attempts").asInt()).isZero();
    processDue();
    assertThat(stored(eventId).get("status").asText()).isEqualTo("PROCESSED");
    assertThat(handler.effects(eventId)).isEqualTo(1);
    ApiResponse audit =
        api.get("/v1/admin/audit-events?action=webhook_event.replayed&limit=100", admin);
    assertThat(audit.status()).as("%s", audit).isEqualTo(200);
    assertThat(audit.json().get("items"))
        .anyMatch(
            e ->
                e.get("targetId").asText().equals(dead.get("id").asText())
                    && e.get("details").get("eventId").asText().equals(eventId)
                    && e.get("details").get("previousStatus").asText().equals("DEAD"));
  }

  // Crashes

  @Test
  void anEventLeftProcessingByACrashIsReclaimedAndProcessedOnce() throws SQLException {
    String eventId = newEventId();
    UUID id = UUID.randomUUID();
    Instant claimedAt = clock.instant().minus(Duration.ofMinutes(4));
    // As a worker leaves a row when its server is killed in the middle of processing it.
    try (Connection connection = connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO inbound_events (id, provider, event_id, type, object_id, payload,"
                    + " status, attempts, received_at, claim_id, claimed_at, lease_until)"
                    + " VALUES (?, 'stripe', ?, 'invoice.paid', ?, ?, 'PROCESSING', 1, ?, ?, ?,"
                    + " ?)")) {
      insert.setObject(1, id);
      insert.setString(2, eventId);
      insert.setString(3, "sub_" + eventId);
      insert.setString(4, StripeDeliveries.event(eventId));
      insert.setObject(5, claimedAt.atOffset(ZoneOffset.UTC));
      insert.setObject(6, UUID.randomUUID());
      insert.setObject(7, claimedAt.atOffset(ZoneOffset.UTC));
      insert.setObject(8, claimedAt.plus(Duration.ofMinutes(5)).atOffset(ZoneOffset.UTC));
      insert.executeUpdate();
    }
    processDue();
    server.server().licensing().webhooks().reclaimer().reclaimExpired();
    assertThat(handler.attempts(eventId)).as("within its lease, it is nobody else's").isZero();

    clock.advance(Duration.ofMinutes(2));
    server.server().licensing().webhooks().reclaimer().reclaimExpired();
    processDue();

    JsonNode done = api.get(EVENTS + "/" + id, admin()).json();
    assertThat(done.get("status").asText()).isEqualTo("PROCESSED");
    assertThat(done.get("attempts").asInt()).as("the crashed attempt counts").isEqualTo(2);
    assertThat(handler.effects(eventId)).isEqualTo(1);
  }

  // Bad deliveries

  @Test
  void deliveriesThatAreNoSignedStripeEventAreRefusedNeverBroken() {
    String notJson = "this is not json";
    String notAnEvent = "{\"hello\": \"world\"}";
    byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, '{', '}'};
    Map<String, String> signedNotJson =
        Map.of(
            "Stripe-Signature",
            StripeDeliveries.signature(notJson, StripeDeliveries.SECRET, Instant.now()));

    assertProblem(
        StripeDeliveries.post(
            api,
            notJson,
            StripeDeliveries.signature(notJson, StripeDeliveries.SECRET, Instant.now())),
        400,
        "WEBHOOK_SIGNATURE_INVALID");
    assertProblem(
        StripeDeliveries.post(
            api,
            notAnEvent,
            StripeDeliveries.signature(notAnEvent, StripeDeliveries.SECRET, Instant.now())),
        400,
        "WEBHOOK_SIGNATURE_INVALID");
    assertProblem(
        api.send("POST", StripeDeliveries.PATH, notUtf8, signedNotJson),
        400,
        "VALIDATION_FAILED",
        "body");
    assertProblem(
        api.send("POST", StripeDeliveries.PATH, new byte[0], signedNotJson),
        400,
        "WEBHOOK_SIGNATURE_INVALID");
    assertProblem(
        api.send("POST", StripeDeliveries.PATH, new byte[600 * 1024], signedNotJson),
        413,
        "PAYLOAD_TOO_LARGE");
  }

  // Admin endpoints

  @Test
  void theAdminEndpointsAreForPlatformAdminsOnly() {
    StripeDeliveries.deliver(api, StripeDeliveries.event(newEventId()));
    String id = listed("limit=1").get(0).get("id").asText();
    String customer = newCustomer().accessToken();

    for (String path : List.of(EVENTS, EVENTS + "/" + id)) {
      assertProblem(api.get(path, customer), 403, "FORBIDDEN");
      assertProblem(api.get(path, null), 401, "UNAUTHENTICATED");
    }
    assertProblem(api.post(EVENTS + "/" + id + "/replay", null, customer), 403, "FORBIDDEN");
    assertProblem(api.post(EVENTS + "/" + id + "/replay", null, null), 401, "UNAUTHENTICATED");
  }

  @Test
  void theListFiltersAndPagesNewestFirstWithoutPayloads() {
    String type = "test.paging." + UUID.randomUUID().toString().substring(0, 8);
    List<String> delivered = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String eventId = newEventId();
      delivered.add(0, eventId);
      StripeDeliveries.deliver(
          api, StripeDeliveries.event(eventId, type, "sub_" + eventId, "active"));
    }
    String admin = admin();

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      ApiResponse page =
          api.get(
              EVENTS
                  + "?provider=stripe&status=RECEIVED&type="
                  + type
                  + "&limit=2"
                  + (cursor == null ? "" : "&cursor=" + cursor),
              admin);
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      page.json()
          .get("items")
          .forEach(
              e -> {
                assertThat(e.has("payload")).isFalse();
                seen.add(e.get("eventId").asText());
              });
      cursor = page.field("nextCursor");
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(delivered);
    assertThat(listed("type=" + type + "&status=PROCESSED")).isEmpty();
    assertThat(listed("type=" + type + "&from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z"))
        .isEmpty();
  }

  @Test
  void badQueriesAreRefusedNamingTheParameter() {
    String admin = admin();
    Map<String, String> cases =
        Map.of(
            "status=BOGUS",
            "status",
            "limit=0",
            "limit",
            "limit=501",
            "limit",
            "limit=abc",
            "limit",
            "from=yesterday",
            "from",
            "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z",
            "to",
            "cursor=not-a-cursor",
            "cursor",
            "provider=" + "p".repeat(33),
            "provider",
            "type=" + "t".repeat(256),
            "type");
    cases.forEach(
        (query, field) ->
            assertProblem(api.get(EVENTS + "?" + query, admin), 400, "VALIDATION_FAILED", field));
  }

  @Test
  void anUnknownOrMalformedIdIsNotFound() {
    String admin = admin();

    assertProblem(api.get(EVENTS + "/" + UUID.randomUUID(), admin), 404, "NOT_FOUND");
    assertProblem(
        api.post(EVENTS + "/" + UUID.randomUUID() + "/replay", null, admin), 404, "NOT_FOUND");
    assertProblem(api.get(EVENTS + "/not-an-id", admin), 404, "NOT_FOUND");
  }
}
