package org.openlicensing.api.webhooks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A provider's event as platform admins see it in the inbox.
 *
 * @param eventId the provider's id of the event, such as {@code evt_...}
 * @param objectId the id of the object the event is about, if it names one
 * @param attempts how often a worker took the event up since it arrived or was last replayed
 * @param nextAttemptAt when a worker takes it up next, while it is RECEIVED or FAILED
 * @param lastError what went wrong on the last failed attempt: a short message, never a trace
 * @param payload the body exactly as the provider sent it; absent in lists
 */
public record WebhookEvent(
    UUID id,
    String provider,
    String eventId,
    String type,
    Optional<String> objectId,
    WebhookEventStatus status,
    int attempts,
    Optional<Instant> nextAttemptAt,
    Optional<String> lastError,
    Instant receivedAt,
    Optional<Instant> processedAt,
    Optional<String> payload) {

  public WebhookEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    objectId = objectId == null ? Optional.empty() : objectId;
    Objects.requireNonNull(status, "status");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
    nextAttemptAt = nextAttemptAt == null ? Optional.empty() : nextAttemptAt;
    lastError = lastError == null ? Optional.empty() : lastError;
    Objects.requireNonNull(receivedAt, "receivedAt");
    processedAt = processedAt == null ? Optional.empty() : processedAt;
    payload = payload == null ? Optional.empty() : payload;
  }
}
