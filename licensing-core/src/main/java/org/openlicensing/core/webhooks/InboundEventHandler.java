package org.openlicensing.core.webhooks;

/**
 * Applies the events of one provider, such as Stripe's. The processor calls it inside the
 * transaction that marks the event PROCESSED: what it writes through the library's repositories
 * commits with that mark, or not at all, so an event has its effect once. Throwing rolls its writes
 * back, and the event is retried later.
 *
 * <p>Events may arrive more than once (after a replay) and in any order, so a handler should not
 * trust the event's snapshot: it fetches the object's current state from the provider and applies
 * that. Calls to the provider cannot be rolled back; keep them to reads, or make them idempotent.
 * An event of a type the handler does not know is done by returning without doing anything.
 */
public interface InboundEventHandler {

  /** The provider whose events this handles, as in the webhook's path: {@code stripe}. */
  String provider();

  void handle(InboundEvent event);
}
