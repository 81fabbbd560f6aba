package org.openlicensing.rest.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.webhooks.WebhookEvent;

/**
 * A provider event in the inbox; {@code payload} is the raw body as received, and only in the
 * answer about one event.
 */
public record WebhookEventJson(
    UUID id,
    String provider,
    String eventId,
    String type,
    String objectId,
    String status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant receivedAt,
    Instant processedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) String payload) {

  public static WebhookEventJson of(WebhookEvent e) {
    return new WebhookEventJson(
        e.id(),
        e.provider(),
        e.eventId(),
        e.type(),
        e.objectId().orElse(null),
        e.status().name(),
        e.attempts(),
        e.nextAttemptAt().orElse(null),
        e.lastError().orElse(null),
        e.receivedAt(),
        e.processedAt().orElse(null),
        e.payload().orElse(null));
  }
}
