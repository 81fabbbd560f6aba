package org.openlicensing.core.webhooks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.webhooks.WebhookEvent;
import org.openlicensing.api.webhooks.WebhookEventStatus;

/**
 * A provider's event in the inbox, with the state of its processing: a row of the inbox table.
 *
 * @param eventId the provider's id of the event; (provider, eventId) is unique in the inbox
 * @param payload the raw body, as received and verified
 * @param attempts how often a worker claimed the event, this claim included while PROCESSING
 * @param nextAttemptAt when the event is due, while RECEIVED or FAILED
 * @param lastError a short account of the last failure, never a stack trace
 * @param lease the claim of the worker processing it, while PROCESSING
 */
public record InboundEvent(
    UUID id,
    String provider,
    String eventId,
    String type,
    Optional<String> objectId,
    String payload,
    WebhookEventStatus status,
    int attempts,
    Optional<Instant> nextAttemptAt,
    Optional<String> lastError,
    Instant receivedAt,
    Optional<Lease> lease,
    Optional<Instant> processedAt) {

  public static final int MAX_PROVIDER_LENGTH = 32;
  public static final int MAX_ID_LENGTH = 255;
  public static final int MAX_TYPE_LENGTH = 255;

  public InboundEvent {
    Objects.requireNonNull(id, "id");
    requireLength("provider", provider, MAX_PROVIDER_LENGTH);
    requireLength("eventId", eventId, MAX_ID_LENGTH);
    requireLength("type", type, MAX_TYPE_LENGTH);
    objectId = objectId == null ? Optional.empty() : objectId;
    objectId.ifPresent(object -> requireLength("objectId", object, MAX_ID_LENGTH));
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(status, "status");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
    nextAttemptAt = nextAttemptAt == null ? Optional.empty() : nextAttemptAt;
    lastError = lastError == null ? Optional.empty() : lastError;
    Objects.requireNonNull(receivedAt, "receivedAt");
    lease = lease == null ? Optional.empty() : lease;
    processedAt = processedAt == null ? Optional.empty() : processedAt;
    if (status == WebhookEventStatus.PROCESSING && lease.isEmpty()) {
      throw new IllegalArgumentException("an event being processed has the lease of its worker");
    }
  }

  /** A verified event as it arrives: due at once, never tried. */
  public static InboundEvent received(UUID id, VerifiedEvent event, Instant now) {
    return new InboundEvent(
        id,
        event.provider(),
        event.eventId(),
        event.type(),
        event.objectId(),
        event.payload(),
        WebhookEventStatus.RECEIVED,
        0,
        Optional.of(now),
        Optional.empty(),
        now,
        Optional.empty(),
        Optional.empty());
  }

  /** The event as admins see it; the payload only where asked for. */
  public WebhookEvent view(boolean withPayload) {
    return new WebhookEvent(
        id,
        provider,
        eventId,
        type,
        objectId,
        status,
        attempts,
        nextAttemptAt,
        lastError,
        receivedAt,
        processedAt,
        withPayload ? Optional.of(payload) : Optional.empty());
  }

  private static void requireLength(String field, String value, int max) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(field + " must have 1 to " + max + " characters");
    }
  }

  /**
   * A worker's claim on events: they are its own until {@code expiresAt}; after that, the claim is
   * taken for a crashed worker's and the events are reclaimed.
   *
   * @param claimId unique per claim, so that a worker whose lease was reclaimed cannot finish
   */
  public record Lease(UUID claimId, Instant claimedAt, Instant expiresAt) {
    public Lease {
      Objects.requireNonNull(claimId, "claimId");
      Objects.requireNonNull(claimedAt, "claimedAt");
      Objects.requireNonNull(expiresAt, "expiresAt");
      if (!expiresAt.isAfter(claimedAt)) {
        throw new IllegalArgumentException("a lease must end after it begins");
      }
    }
  }
}
