package org.openlicensing.integrations.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import org.openlicensing.core.webhooks.VerifiedEvent;
import org.openlicensing.core.webhooks.WebhookSignatureException;

/**
 * Reads the few fields the inbox keeps from a verified Stripe event. It reads the JSON tree rather
 * than stripe-java's models, so that an event of another API version than the library's is still
 * stored; the handler fetches the object's current state anyway.
 */
final class StripeEventReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StripeEventReader() {}

  static VerifiedEvent read(String payload) {
    JsonNode event;
    try {
      event = JSON.readTree(payload);
    } catch (JsonProcessingException e) {
      throw notAnEvent(e);
    }
    if (event == null
        || !event.path("id").isTextual()
        || !event.path("type").isTextual()
        || !event.path("created").isIntegralNumber()) {
      throw notAnEvent(null);
    }
    JsonNode objectId = event.path("data").path("object").path("id");
    return new VerifiedEvent(
        "stripe",
        event.get("id").asText(),
        event.get("type").asText(),
        objectId.isTextual() ? Optional.of(objectId.asText()) : Optional.empty(),
        Instant.ofEpochSecond(event.get("created").asLong()),
        payload);
  }

  // Stripe signs only events; a signed body that is not one is refused like a bad signature.
  private static WebhookSignatureException notAnEvent(Exception cause) {
    return new WebhookSignatureException(
        "signed payload is not a Stripe event with id, type and created", cause);
  }
}
