package org.openlicensing.core.billing.provider;

import java.util.Optional;
import java.util.Set;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.invoices.InvoicePayments;
import org.openlicensing.core.mail.BillingMails;
import org.openlicensing.core.webhooks.InboundEvent;
import org.openlicensing.core.webhooks.InboundEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the payment service's events to the library's mirror. The events are named as Stripe
 * names them; none is trusted for its content: each one fetches the object it names as it is now
 * and applies that, so deliveries in any order and any number converge on the service's state.
 *
 * <ul>
 *   <li>{@code customer.subscription.*}: the subscription mirrored (status, seats, period, flags,
 *       licenses); {@code .trial_will_end} also e-mails a reminder while it is still trialing.
 *   <li>{@code invoice.*}: the invoice mirrored; paid once with its document e-mailed; a failed
 *       payment or one that needs the customer recorded and e-mailed while it is open.
 *   <li>{@code charge.refunded}: a credit note for what was refunded there and not here.
 * </ul>
 *
 * The inbox runs each event once, in the transaction that marks it processed; a failure (the
 * service unreachable, a mirror not stored yet) rolls back and is retried.
 */
public final class ProviderEventHandler implements InboundEventHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProviderEventHandler.class);
  private static final String SUBSCRIPTION_EVENTS = "customer.subscription.";
  private static final String TRIAL_WILL_END = "customer.subscription.trial_will_end";
  private static final Set<String> INVOICE_EVENTS =
      Set.of(
          "invoice.created",
          "invoice.finalized",
          "invoice.updated",
          "invoice.paid",
          "invoice.payment_succeeded",
          "invoice.payment_failed",
          "invoice.payment_action_required",
          "invoice.voided",
          "invoice.marked_uncollectible");
  private static final String CHARGE_REFUNDED = "charge.refunded";

  private final String provider;
  private final SubscriptionSync subscriptions;
  private final InvoiceSync invoices;
  private final RefundSync refunds;
  private final TrialReminders reminders;

  public ProviderEventHandler(
      String provider,
      SubscriptionSync subscriptions,
      InvoiceSync invoices,
      RefundSync refunds,
      TrialReminders reminders) {
    this.provider = provider;
    this.subscriptions = subscriptions;
    this.invoices = invoices;
    this.refunds = refunds;
    this.reminders = reminders;
  }

  @Override
  public String provider() {
    return provider;
  }

  @Override
  public void handle(InboundEvent event) {
    String type = event.type();
    boolean known =
        type.startsWith(SUBSCRIPTION_EVENTS)
            || INVOICE_EVENTS.contains(type)
            || type.equals(CHARGE_REFUNDED);
    if (!known) {
      return;
    }
    if (event.objectId().isEmpty()) {
      LOG.warn("Event {} ({}) names no object; ignored", event.eventId(), type);
      return;
    }
    String objectId = event.objectId().get();
    if (type.startsWith(SUBSCRIPTION_EVENTS)) {
      Optional<Subscription> mirrored = subscriptions.sync(objectId);
      if (type.equals(TRIAL_WILL_END)) {
        mirrored
            .filter(s -> s.status() == SubscriptionStatus.TRIALING)
            .ifPresent(reminders::remind);
      }
    } else if (type.equals(CHARGE_REFUNDED)) {
      refunds.sync(objectId);
    } else {
      invoices.sync(objectId, type);
    }
  }

  /** The e-mail that a trial ends soon. */
  public static final class TrialReminders {
    private final PlanRepository plans;
    private final InvoicePayments recipients;
    private final BillingMails mails;

    public TrialReminders(PlanRepository plans, InvoicePayments recipients, BillingMails mails) {
      this.plans = plans;
      this.recipients = recipients;
      this.mails = mails;
    }

    void remind(Subscription subscription) {
      String plan =
          plans.findByCode(subscription.plan()).map(p -> p.name()).orElse(subscription.plan());
      recipients
          .recipientsOf(subscription.organizationId())
          .forEach(
              to ->
                  mails.trialEnding(
                      to, plan, subscription.trialEnd().orElse(subscription.currentPeriodEnd())));
    }
  }
}
