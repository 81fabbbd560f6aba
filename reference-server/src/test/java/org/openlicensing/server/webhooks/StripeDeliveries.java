package org.openlicensing.server.webhooks;

import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;

/**
 * Stripe webhook deliveries as Stripe makes them: an event's JSON, signed the documented way
 * ({@code Stripe-Signature: t=<unix time>,v1=<HMAC-SHA256 of "t.body">}) with stripe-java's own
 * helper, and posted to the server.
 */
final class StripeDeliveries {
  static final String SECRET = "whsec_test_inbox_2f4c9a";
  static final String PATH = "/v1/webhooks/stripe";

  private StripeDeliveries() {}

  /** A subscription event as Stripe sends it, with the object's state at the time. */
  static String event(String eventId, String type, String subscriptionId, String status) {
    return "{\n  \"id\": \""
        + eventId
        + "\",\n  \"object\": \"event\",\n  \"api_version\": \"2024-06-20\",\n  \"created\": "
        + Instant.now().getEpochSecond()
        + ",\n  \"type\": \""
        + type
        + "\",\n  \"livemode\": false,\n  \"data\": {\"object\": {\"id\": \""
        + subscriptionId
        + "\", \"object\": \"subscription\", \"status\": \""
        + status
        + "\", \"note\": \"Grüße ✓\"}}\n}";
  }

  static String event(String eventId) {
    return event(eventId, "customer.subscription.updated", "sub_" + eventId, "active");
  }

  /** The signature header for the body signed with the secret at the time. */
  static String signature(String body, String secret, Instant at) {
    long t = at.getEpochSecond();
    try {
      return "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(secret, t + "." + body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static ApiResponse post(ApiClient api, String body, String signatureHeader) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=utf-8");
    if (signatureHeader != null) {
      headers.put("Stripe-Signature", signatureHeader);
    }
    return api.send("POST", PATH, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** Delivers the body signed now with the configured secret, as Stripe would. */
  static ApiResponse deliver(ApiClient api, String body) {
    return post(api, body, signature(body, SECRET, Instant.now()));
  }
}
