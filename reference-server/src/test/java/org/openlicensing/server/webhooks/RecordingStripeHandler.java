package org.openlicensing.server.webhooks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openlicensing.core.webhooks.InboundEvent;
import org.openlicensing.core.webhooks.InboundEventHandler;

/**
 * Stands in for the billing handler of Stripe events. Like it, it does not trust the event's
 * snapshot: it looks the subscription's current state up at "Stripe" (a map the test sets) and
 * applies that, so the order of deliveries does not matter. It counts the effect of each event, in
 * memory, where no rollback can hide a second run, and fails as told.
 */
final class RecordingStripeHandler implements InboundEventHandler {
  /** What Stripe would answer for each subscription now. */
  final Map<String, String> stripeState = new ConcurrentHashMap<>();

  /** The state applied here for each subscription. */
  final Map<String, String> applied = new ConcurrentHashMap<>();

  private final Map<String, AtomicInteger> effects = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

  @Override
  public String provider() {
    return "stripe";
  }

  void failNext(String eventId, int times) {
    failuresLeft.put(eventId, new AtomicInteger(times));
  }

  int effects(String eventId) {
    AtomicInteger count = effects.get(eventId);
    return count == null ? 0 : count.get();
  }

  int attempts(String eventId) {
    AtomicInteger count = attempts.get(eventId);
    return count == null ? 0 : count.get();
  }

  Map<String, AtomicInteger> allEffects() {
    return effects;
  }

  @Override
  public void handle(InboundEvent event) {
    attempts.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
    AtomicInteger left = failuresLeft.get(event.eventId());
    if (left != null && left.getAndDecrement() > 0) {
      throw new IllegalStateException("Stripe answered 503 for " + event.objectId().orElse("?"));
    }
    event
        .objectId()
        .ifPresent(
            subscription -> {
              String current = stripeState.get(subscription);
              if (current != null) {
                applied.put(subscription, current);
              }
            });
    effects.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
  }
}
