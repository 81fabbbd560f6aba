package org.openlicensing.core.webhooks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's event whose signature was checked on the raw body.
 *
 * @param provider such as {@code stripe} or {@code resend}
 * @param eventId the provider's id of the event, unique per provider ({@code evt_...})
 * @param type such as {@code invoice.paid}
 * @param objectId the id of the object the event is about ({@code data.object.id}), if it has one
 * @param payload the raw body, as received
 */
public record VerifiedEvent(
    String provider,
    String eventId,
    String type,
    Optional<String> objectId,
    Instant createdAt,
    String payload) {
  public VerifiedEvent {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    objectId = objectId == null ? Optional.empty() : objectId;
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(payload, "payload");
  }
}
