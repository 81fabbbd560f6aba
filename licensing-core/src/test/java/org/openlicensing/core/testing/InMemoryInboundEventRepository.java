package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openlicensing.api.webhooks.WebhookEvent;
import org.openlicensing.api.webhooks.WebhookEventQuery;
import org.openlicensing.api.webhooks.WebhookEventStatus;
import org.openlicensing.core.webhooks.InboundEvent;
import org.openlicensing.core.webhooks.InboundEventRepository;

/**
 * The inbox in memory. Transactions run one at a time here, so a claim is trivially exclusive and a
 * held claim trivially locked.
 */
final class InMemoryInboundEventRepository implements InboundEventRepository {
  private static final Comparator<InboundEvent> EARLIEST_DUE_FIRST =
      Comparator.comparing((InboundEvent e) -> e.nextAttemptAt().orElseThrow())
          .thenComparing(InboundEvent::id, UuidOrder.ASCENDING);

  private final InMemoryTable<UUID, InboundEvent> events;

  InMemoryInboundEventRepository(InMemoryTransactions transactions) {
    this.events = transactions.table("inbound_events");
  }

  @Override
  public boolean insertIfAbsent(InboundEvent event) {
    events.requireUnique(!events.containsKey(event.id()), "id");
    boolean known =
        events.all().stream()
            .anyMatch(
                e -> e.provider().equals(event.provider()) && e.eventId().equals(event.eventId()));
    if (known) {
      return false;
    }
    events.put(event.id(), event);
    return true;
  }

  @Override
  public List<InboundEvent> claimDue(InboundEvent.Lease lease, int limit) {
    List<InboundEvent> due =
        events.all().stream()
            .filter(e -> isDue(e, lease.claimedAt()))
            .sorted(EARLIEST_DUE_FIRST)
            .limit(limit)
            .map(
                e ->
                    copy(
                        e,
                        WebhookEventStatus.PROCESSING,
                        e.attempts() + 1,
                        Optional.empty(),
                        e.lastError(),
                        Optional.of(lease),
                        Optional.empty()))
            .toList();
    due.forEach(e -> events.put(e.id(), e));
    return due;
  }

  private static boolean isDue(InboundEvent e, Instant now) {
    boolean waiting =
        e.status() == WebhookEventStatus.RECEIVED || e.status() == WebhookEventStatus.FAILED;
    return waiting && !e.nextAttemptAt().orElseThrow().isAfter(now);
  }

  @Override
  public boolean holdClaim(UUID id, UUID claimId) {
    return claimed(id, claimId).isPresent();
  }

  @Override
  public boolean markProcessed(UUID id, UUID claimId, Instant at) {
    return updateClaimed(
        id,
        claimId,
        e ->
            copy(
                e,
                WebhookEventStatus.PROCESSED,
                e.attempts(),
                Optional.empty(),
                e.lastError(),
                Optional.empty(),
                Optional.of(at)));
  }

  @Override
  public boolean markFailed(UUID id, UUID claimId, String error, Instant retryAt) {
    return updateClaimed(
        id,
        claimId,
        e ->
            copy(
                e,
                WebhookEventStatus.FAILED,
                e.attempts(),
                Optional.of(retryAt),
                Optional.of(error),
                Optional.empty(),
                Optional.empty()));
  }

  @Override
  public boolean markDead(UUID id, UUID claimId, String error, Instant at) {
    return updateClaimed(
        id,
        claimId,
        e ->
            copy(
                e,
                WebhookEventStatus.DEAD,
                e.attempts(),
                Optional.empty(),
                Optional.of(error),
                Optional.empty(),
                Optional.empty()));
  }

  @Override
  public int reclaimExpired(Instant now, int maxAttempts, String error) {
    List<InboundEvent> expired =
        events.all().stream()
            .filter(e -> e.status() == WebhookEventStatus.PROCESSING)
            .filter(e -> !e.lease().orElseThrow().expiresAt().isAfter(now))
            .toList();
    for (InboundEvent e : expired) {
      boolean last = e.attempts() >= maxAttempts;
      events.put(
          e.id(),
          copy(
              e,
              last ? WebhookEventStatus.DEAD : WebhookEventStatus.FAILED,
              e.attempts(),
              last ? Optional.empty() : Optional.of(now),
              Optional.of(error),
              Optional.empty(),
              Optional.empty()));
    }
    return expired.size();
  }

  @Override
  public Optional<InboundEvent> find(UUID id) {
    return events.get(id);
  }

  @Override
  public List<WebhookEvent> search(WebhookEventQuery query, UUID beforeId, int limit) {
    return events.all().stream()
        .filter(e -> query.provider() == null || e.provider().equals(query.provider()))
        .filter(e -> query.status() == null || e.status() == query.status())
        .filter(e -> query.type() == null || e.type().equals(query.type()))
        .filter(e -> query.from() == null || !e.receivedAt().isBefore(query.from()))
        .filter(e -> query.to() == null || e.receivedAt().isBefore(query.to()))
        .filter(e -> beforeId == null || UuidOrder.ASCENDING.compare(e.id(), beforeId) < 0)
        .sorted(Comparator.comparing(InboundEvent::id, UuidOrder.ASCENDING).reversed())
        .limit(limit)
        .map(e -> e.view(false))
        .toList();
  }

  @Override
  public boolean resetForReplay(UUID id, Instant now) {
    Optional<InboundEvent> event =
        events.get(id).filter(e -> e.status() != WebhookEventStatus.PROCESSING);
    event.ifPresent(
        e ->
            events.put(
                id,
                copy(
                    e,
                    WebhookEventStatus.RECEIVED,
                    0,
                    Optional.of(now),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())));
    return event.isPresent();
  }

  private Optional<InboundEvent> claimed(UUID id, UUID claimId) {
    return events
        .get(id)
        .filter(e -> e.status() == WebhookEventStatus.PROCESSING)
        .filter(e -> e.lease().orElseThrow().claimId().equals(claimId));
  }

  private boolean updateClaimed(UUID id, UUID claimId, UnaryOperator<InboundEvent> change) {
    Optional<InboundEvent> event = claimed(id, claimId);
    event.ifPresent(e -> events.put(id, change.apply(e)));
    return event.isPresent();
  }

  private static InboundEvent copy(
      InboundEvent e,
      WebhookEventStatus status,
      int attempts,
      Optional<Instant> nextAttemptAt,
      Optional<String> lastError,
      Optional<InboundEvent.Lease> lease,
      Optional<Instant> processedAt) {
    return new InboundEvent(
        e.id(),
        e.provider(),
        e.eventId(),
        e.type(),
        e.objectId(),
        e.payload(),
        status,
        attempts,
        nextAttemptAt,
        lastError,
        e.receivedAt(),
        lease,
        processedAt);
  }
}
