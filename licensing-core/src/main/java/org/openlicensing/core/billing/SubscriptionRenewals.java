package org.openlicensing.core.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Dunning;
import org.openlicensing.api.billing.ScheduledChange;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.api.invoices.InvoiceLineKind;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.invoices.InvoiceIssuer;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The turn of a period, run by a job: a subscription canceled at the period end ends; any other
 * takes its scheduled change (fewer seats, a cheaper plan), the catalog's current price, and a new
 * period with its invoice, which is then collected. A trial turns the same way into its first paid
 * period. Each subscription turns in its own transaction under its lock, so that several servers
 * running the job at once turn it once.
 */
public final class SubscriptionRenewals {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRenewals.class);
  private static final int BATCH = 100;

  private final Transactions transactions;
  private final SubscriptionRepository subscriptions;
  private final PlanRepository plans;
  private final LicenseRepository licenses;
  private final InvoiceIssuer issuer;
  private final InvoiceCollection collection;
  private final AuditLog audit;
  private final Clock clock;

  public SubscriptionRenewals(
      Transactions transactions,
      SubscriptionRepository subscriptions,
      PlanRepository plans,
      LicenseRepository licenses,
      InvoiceIssuer issuer,
      InvoiceCollection collection,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.plans = plans;
    this.licenses = licenses;
    this.issuer = issuer;
    this.collection = collection;
    this.audit = audit;
    this.clock = clock;
  }

  /** Turns every subscription whose period has ended; returns how many turned. */
  public int runDue() {
    Instant now = clock.instant();
    List<UUID> due = transactions.inTransaction(() -> subscriptions.dueForRenewal(now, BATCH));
    int turned = 0;
    for (UUID id : due) {
      try {
        if (transactions.inTransaction(() -> turn(id, now))) {
          collection.collect(id, false);
        }
        turned++;
      } catch (RuntimeException e) {
        // One broken subscription must not stop the others; the next run tries it again.
        LOG.error("Renewal of subscription {} failed", id, e);
      }
    }
    return turned;
  }

  /** Returns whether an invoice waits to be collected. */
  private boolean turn(UUID id, Instant now) {
    Optional<Subscription> locked = subscriptions.lock(id);
    if (locked.isEmpty() || !isDue(locked.get(), now)) {
      return false;
    }
    Subscription subscription = locked.get();
    if (subscription.cancelAtPeriodEnd()) {
      end(subscription);
      return false;
    }
    ScheduledChange target =
        subscription
            .scheduledChange()
            .orElse(new ScheduledChange(subscription.plan(), subscription.seats()));
    Plan plan = plans.findByCode(target.plan()).orElseThrow();
    applyScheduledChange(subscription, plan, target);
    Price price =
        plan.price(subscription.period(), subscription.pricePerSeat().currency())
            .orElse(new Price(subscription.period(), subscription.pricePerSeat()));
    Instant start = subscription.currentPeriodEnd();
    Instant end = subscription.period().after(start);
    issuer.issue(
        subscription.organizationId(),
        subscription.id(),
        InvoiceReason.SUBSCRIPTION_CYCLE,
        List.of(periodLine(plan, target.seats(), price.perSeat(), start, end)));
    subscriptions.update(
        subscription.toBuilder()
            .plan(plan.code())
            .seats(target.seats())
            .price(price.perSeat(), plan.priceVersion())
            .currentPeriod(start, end)
            .scheduledChange(Optional.empty())
            .dunning(
                new Dunning(
                    subscription.dunning().failedAttempts(),
                    Optional.of(now),
                    subscription.dunning().pastDueSince()))
            .build());
    return true;
  }

  private static boolean isDue(Subscription subscription, Instant now) {
    // A payment service renews the subscriptions it runs; the library only mirrors them.
    return subscription.status().isLive()
        && !subscription.isProviderManaged()
        && subscription.dunning().nextAttemptAt().isEmpty()
        && !subscription.currentPeriodEnd().isAfter(now);
  }

  private void applyScheduledChange(Subscription subscription, Plan plan, ScheduledChange target) {
    if (!plan.code().equals(subscription.plan())) {
      licenses.changePlan(subscription.id(), plan);
    }
    int surplus = licenses.countBySubscription(subscription.id()).live() - target.seats();
    if (surplus > 0) {
      licenses.revokeUnassigned(subscription.id(), surplus);
    }
    if (subscription.scheduledChange().isPresent()) {
      audit.record(
          null,
          AuditEntry.onSubscription(
                  "subscription.scheduled_change_applied",
                  subscription.id(),
                  subscription.organizationId())
              .with("plan", plan.code())
              .with("seats", Integer.toString(target.seats())),
          null);
    }
  }

  /** A subscription canceled at the period end ends; its licenses lapse with the period. */
  private void end(Subscription subscription) {
    subscriptions.update(
        Transitions.move(subscription, SubscriptionStatus.CANCELED)
            .endedAt(Optional.of(subscription.currentPeriodEnd()))
            .build());
    audit.record(
        null,
        AuditEntry.onSubscription(
                "subscription.ended", subscription.id(), subscription.organizationId())
            .with("endedAt", subscription.currentPeriodEnd().toString()),
        null);
  }

  static InvoiceLine periodLine(Plan plan, int seats, Money perSeat, Instant start, Instant end) {
    return new InvoiceLine(
        plan.name() + " × " + seats + (seats == 1 ? " seat" : " seats"),
        InvoiceLineKind.SUBSCRIPTION,
        seats,
        perSeat,
        perSeat.times(seats),
        start,
        end);
  }
}
