package org.openlicensing.persistence.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.webhooks.WebhookEventStatus;
import org.openlicensing.core.webhooks.InboundEvent;

/** A row of {@code inbound_events}: a provider's event and the state of its processing. */
@Entity(name = "InboundEvent")
@Table(name = "inbound_events")
public class InboundEventEntity {
  @Id private UUID id;

  @Column(nullable = false)
  private String provider;

  @Column(name = "event_id", nullable = false)
  private String eventId;

  @Column(nullable = false)
  private String type;

  @Column(name = "object_id")
  private String objectId;

  @Column(nullable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WebhookEventStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "claim_id")
  private UUID claimId;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "processed_at")
  private Instant processedAt;

  protected InboundEventEntity() {}

  static InboundEventEntity of(InboundEvent event) {
    InboundEventEntity entity = new InboundEventEntity();
    entity.id = event.id();
    entity.provider = event.provider();
    entity.eventId = event.eventId();
    entity.type = event.type();
    entity.objectId = event.objectId().orElse(null);
    entity.payload = event.payload();
    entity.status = event.status();
    entity.attempts = event.attempts();
    entity.nextAttemptAt = event.nextAttemptAt().orElse(null);
    entity.lastError = event.lastError().orElse(null);
    entity.receivedAt = event.receivedAt();
    entity.claimId = event.lease().map(InboundEvent.Lease::claimId).orElse(null);
    entity.claimedAt = event.lease().map(InboundEvent.Lease::claimedAt).orElse(null);
    entity.leaseUntil = event.lease().map(InboundEvent.Lease::expiresAt).orElse(null);
    entity.processedAt = event.processedAt().orElse(null);
    return entity;
  }

  InboundEvent toEvent() {
    Optional<InboundEvent.Lease> lease =
        claimId == null
            ? Optional.empty()
            : Optional.of(new InboundEvent.Lease(claimId, claimedAt, leaseUntil));
    return new InboundEvent(
        id,
        provider,
        eventId,
        type,
        Optional.ofNullable(objectId),
        payload,
        status,
        attempts,
        Optional.ofNullable(nextAttemptAt),
        Optional.ofNullable(lastError),
        receivedAt,
        lease,
        Optional.ofNullable(processedAt));
  }
}
