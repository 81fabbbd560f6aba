package org.openlicensing.core.services;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.support.Ids;
import org.openlicensing.core.testing.MutableClock;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.core.webhooks.InboundEvent;
import org.openlicensing.core.webhooks.InboundEventHandler;
import org.openlicensing.core.webhooks.RetrySchedule;
import org.openlicensing.core.webhooks.VerifiedEvent;
import org.openlicensing.core.webhooks.WebhookSignatureException;
import org.openlicensing.core.webhooks.WebhookVerifier;
import org.openlicensing.core.webhooks.Webhooks;

/**
 * The webhook inbox on one store with a movable clock, a verifier of a made-up provider, and a
 * handler whose effect is a row written in the processor's transaction, so that the store itself
 * tells how often each event had its effect.
 */
final class InboxFixture {
  static final String PROVIDER = "acme";
  static final String GOOD_SIGNATURE = "signed-by-acme";
  static final String EFFECT = "test.effect";
  static final RetrySchedule RETRIES =
      new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)));

  final Persistence store;
  final MutableClock clock = new MutableClock(TestData.NOW);
  final RecordingHandler handler;
  final Webhooks webhooks;

  InboxFixture(Persistence store) {
    this.store = store;
    this.handler = new RecordingHandler(store, clock);
    this.webhooks =
        new Webhooks(
            store,
            new Webhooks.Setup(List.of(new AcmeVerifier()), List.of(), List.of(handler), RETRIES),
            new AuditLog(store.auditLog(), clock),
            clock);
  }

  /** A delivery's body: {@code <event id> <type> <object id>}. */
  static String payload(String eventId, String type) {
    return eventId + " " + type + " obj_" + eventId;
  }

  boolean deliver(String eventId) {
    return webhooks
        .reception()
        .deliver(PROVIDER, payload(eventId, "thing.updated"), GOOD_SIGNATURE);
  }

  /** How many effects each event id had, as the store holds them. */
  Map<String, Integer> effects() {
    List<AuditEvent> rows =
        store
            .transactions()
            .inTransaction(
                () ->
                    store
                        .auditLog()
                        .find(
                            new AuditQuery(EFFECT, null, null, null, null, null, null),
                            null,
                            100_000));
    Map<String, Integer> counts = new ConcurrentHashMap<>();
    rows.forEach(row -> counts.merge(row.details().get("eventId"), 1, Integer::sum));
    return counts;
  }

  InboundEvent event(UUID id) {
    return store.transactions().inTransaction(() -> store.inboundEvents().find(id)).orElseThrow();
  }

  static Principal admin() {
    return new Principal(UUID.randomUUID(), Set.of(PlatformRole.ADMIN), UUID.randomUUID());
  }

  static Principal user() {
    return new Principal(UUID.randomUUID(), Set.of(PlatformRole.USER), UUID.randomUUID());
  }

  /** Accepts bodies signed with {@link #GOOD_SIGNATURE}, as a provider's verifier would. */
  static final class AcmeVerifier implements WebhookVerifier {
    @Override
    public String provider() {
      return PROVIDER;
    }

    @Override
    public VerifiedEvent verify(String payload, String signatureHeader) {
      if (!GOOD_SIGNATURE.equals(signatureHeader)) {
        throw new WebhookSignatureException("no valid signature", null);
      }
      String[] parts = payload.split(" ");
      return new VerifiedEvent(
          PROVIDER, parts[0], parts[1], Optional.of(parts[2]), TestData.NOW, payload);
    }
  }

  /**
   * Writes one effect row per call inside the processor's transaction, and fails as told: a failure
   * after the write shows that the write is rolled back with it.
   */
  static final class RecordingHandler implements InboundEventHandler {
    private final Persistence store;
    private final MutableClock clock;
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile RuntimeException failure = new IllegalStateException("provider unreachable");

    RecordingHandler(Persistence store, MutableClock clock) {
      this.store = store;
      this.clock = clock;
    }

    /** The next {@code times} calls for the event fail, after writing their effect. */
    void failNext(String eventId, int times) {
      failuresLeft.put(eventId, new AtomicInteger(times));
    }

    void failWith(RuntimeException failure) {
      this.failure = failure;
    }

    int calls(String eventId) {
      AtomicInteger count = calls.get(eventId);
      return count == null ? 0 : count.get();
    }

    @Override
    public String provider() {
      return PROVIDER;
    }

    @Override
    public void handle(InboundEvent event) {
      calls.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
      Instant now = clock.instant();
      store
          .auditLog()
          .append(
              new AuditEvent(
                  Ids.newId(clock),
                  now,
                  Optional.empty(),
                  Optional.empty(),
                  EFFECT,
                  "webhook_event",
                  Optional.of(event.id()),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Map.of("eventId", event.eventId())));
      AtomicInteger left = failuresLeft.get(event.eventId());
      if (left != null && left.getAndDecrement() > 0) {
        throw failure;
      }
    }
  }
}
