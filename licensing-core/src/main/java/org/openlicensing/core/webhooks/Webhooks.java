package org.openlicensing.core.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.openlicensing.api.webhooks.WebhookEventService;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.Persistence;

/**
 * The inbox of provider webhooks, wired: reception of signed deliveries, the processor and the
 * reclaimer that the server's jobs run, and the admins' view.
 */
public final class Webhooks {
  private final WebhookReception reception;
  private final WebhookInbox inbox;
  private final InboundEventProcessor processor;
  private final InboundEventReclaimer reclaimer;
  private final WebhookEventService events;

  public Webhooks(Persistence store, Setup setup, AuditLog audit, Clock clock) {
    this.inbox = new WebhookInbox(store.transactions(), store.inboundEvents(), clock);
    this.reception = new WebhookReception(setup.verifiers(), inbox);
    this.processor =
        new InboundEventProcessor(
            store.transactions(),
            store.inboundEvents(),
            new InboundEventHandlers(setup.builtInHandlers(), setup.applicationHandlers()),
            setup.retries(),
            clock);
    this.reclaimer =
        new InboundEventReclaimer(
            store.transactions(), store.inboundEvents(), setup.retries(), clock);
    this.events =
        new DefaultWebhookEventService(store.transactions(), store.inboundEvents(), audit, clock);
  }

  /** Signed deliveries from the webhook endpoints. */
  public WebhookReception reception() {
    return reception;
  }

  /** Verified events, for an application that checks signatures itself. */
  public WebhookInbox inbox() {
    return inbox;
  }

  /** Runs due events through their handlers; call it on a schedule, from any server. */
  public InboundEventProcessor processor() {
    return processor;
  }

  /** Releases events a crashed worker left behind; call it on a schedule, from any server. */
  public InboundEventReclaimer reclaimer() {
    return reclaimer;
  }

  /** The inbox for platform admins. */
  public WebhookEventService events() {
    return events;
  }

  /**
   * What the inbox is set up with.
   *
   * @param verifiers one per provider whose webhooks are taken
   * @param builtInHandlers the library's own handlers
   * @param applicationHandlers an application's, each replacing the library's for its provider
   */
  public record Setup(
      List<WebhookVerifier> verifiers,
      List<InboundEventHandler> builtInHandlers,
      List<InboundEventHandler> applicationHandlers,
      RetrySchedule retries) {
    public Setup {
      verifiers = List.copyOf(verifiers);
      builtInHandlers = List.copyOf(builtInHandlers);
      applicationHandlers = List.copyOf(applicationHandlers);
      Objects.requireNonNull(retries, "retries");
    }
  }
}
