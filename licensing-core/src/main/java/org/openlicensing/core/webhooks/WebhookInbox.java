package org.openlicensing.core.webhooks;

import java.time.Clock;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.core.support.Ids;

/**
 * Stores verified provider events, once each: a provider delivers an event at least once, and a
 * delivery the inbox holds already is acknowledged without storing it again. Nothing is processed
 * here, so that the provider gets its answer as soon as the event is safe in the database.
 */
public final class WebhookInbox {
  private final Transactions transactions;
  private final InboundEventRepository events;
  private final Clock clock;

  public WebhookInbox(Transactions transactions, InboundEventRepository events, Clock clock) {
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stores the event; returns true if it is new, false if the inbox holds it already. Ids longer
   * than the inbox keeps are a VALIDATION_FAILED naming the field.
   */
  public boolean receive(VerifiedEvent event) {
    check(event);
    InboundEvent received = InboundEvent.received(Ids.newId(clock), event, clock.instant());
    return transactions.inTransaction(() -> events.insertIfAbsent(received));
  }

  private static void check(VerifiedEvent event) {
    FieldChecks checks = new FieldChecks();
    checks.text("provider", event.provider(), InboundEvent.MAX_PROVIDER_LENGTH);
    checks.text("id", event.eventId(), InboundEvent.MAX_ID_LENGTH);
    checks.text("type", event.type(), InboundEvent.MAX_TYPE_LENGTH);
    event.objectId().ifPresent(id -> checks.text("data.object.id", id, InboundEvent.MAX_ID_LENGTH));
    checks.throwIfAny();
  }
}
