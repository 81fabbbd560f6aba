package org.openlicensing.core.billing.provider;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.ScheduledChange;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.billing.ChangePlan;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;

/**
 * A customer's change of a subscription the payment service runs, with the built-in billing's rules
 * of what applies when ({@link ChangePlan}). More seats and a dearer plan apply now and the service
 * invoices the rest of the period at once ({@code always_invoice}); a declined payment changes
 * nothing there or here. Fewer seats and a cheaper plan are set at the service without proration,
 * so its next invoice bills them, while here they wait for the period's end as a scheduled change
 * that the mirror applies when the service shows the next period. A change that is partly each is
 * sent whole and invoiced at once; its lower part still waits here. A new payment method becomes
 * the subscription's at the service.
 */
public final class ProviderChanges {
  private final Transactions transactions;
  private final SubscriptionRepository subscriptions;
  private final PlanRepository plans;
  private final LicenseRepository licenses;
  private final LicenseIssuer licenseIssuer;
  private final ProviderAccess access;
  private final AuditLog audit;
  private final Clock clock;

  public ProviderChanges(
      Transactions transactions,
      SubscriptionRepository subscriptions,
      PlanRepository plans,
      LicenseRepository licenses,
      LicenseIssuer licenseIssuer,
      ProviderAccess access,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.plans = plans;
    this.licenses = licenses;
    this.licenseIssuer = licenseIssuer;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  private record Checked(
      Subscription before, Plan current, Plan target, ChangePlan plan, Optional<String> method) {}

  Subscription change(
      Caller caller,
      UUID subscriptionId,
      SubscriptionChange change,
      String idempotencyKey,
      ClientInfo client) {
    if (change == null || change.isEmpty()) {
      throw LicensingException.invalid("seats", "name the seats, plan or paymentMethod to change");
    }
    Checked checked = transactions.inTransaction(() -> check(caller, subscriptionId, change));
    String scope = ProviderKeys.scope(Callers.idOf(caller), idempotencyKey);
    Optional<String> method =
        checked
            .method()
            .map(
                m ->
                    ProviderCheckout.attach(
                        access.provider(),
                        access.customers().ensure(checked.before().organizationId()),
                        m,
                        "pm-change-" + scope));
    ProviderSubscription answer;
    try {
      answer =
          access
              .provider()
              .changeSubscription(
                  checked.before().providerSubscriptionId().orElseThrow(),
                  providerChange(checked, method),
                  "change-" + scope);
    } catch (ProviderException e) {
      throw ProviderFailures.of(e);
    }
    return transactions.inTransaction(() -> write(caller, checked, method, answer, client));
  }

  private Checked check(Caller caller, UUID id, SubscriptionChange change) {
    Subscription subscription = access.managed(caller, id);
    ChangeTerms.Target target = ChangeTerms.check(subscription, change, plans, licenses);
    boolean owes =
        subscription.status() == SubscriptionStatus.PAST_DUE
            || subscription.status() == SubscriptionStatus.UNPAID;
    boolean changesTerms =
        !target.plan().code().equals(subscription.plan()) || target.seats() != subscription.seats();
    if (owes && changesTerms) {
      throw new LicensingException(
          ErrorCode.INVALID_STATE_TRANSITION,
          "the subscription has an unpaid invoice; pay it with a new paymentMethod first");
    }
    return new Checked(
        subscription,
        target.current(),
        target.plan(),
        ChangePlan.of(
            subscription, target.current(), target.plan(), target.seats(), clock.instant()),
        target.paymentMethod());
  }

  /** Seats and price as they are to be at the service, and whether it bills them now. */
  private static ProviderSubscriptionChange providerChange(
      Checked checked, Optional<String> method) {
    Subscription before = checked.before();
    ChangePlan plan = checked.plan();
    String finalPlan = plan.scheduled().map(ScheduledChange::plan).orElse(plan.plan().code());
    int finalSeats = plan.scheduled().map(ScheduledChange::seats).orElse(plan.seats());
    boolean now = !plan.plan().code().equals(before.plan()) || plan.seats() != before.seats();
    Optional<PriceRef> price =
        finalPlan.equals(before.plan())
            ? Optional.empty()
            : Optional.of(
                ProviderPrices.current(
                    finalPlan.equals(checked.target().code())
                        ? checked.target()
                        : checked.current(),
                    before.period(),
                    before.pricePerSeat().currency()));
    return new ProviderSubscriptionChange(
        finalSeats == before.seats() ? Optional.empty() : Optional.of(finalSeats),
        price,
        now ? ProrationBehavior.ALWAYS_INVOICE : ProrationBehavior.NONE,
        method);
  }

  private Subscription write(
      Caller caller,
      Checked checked,
      Optional<String> method,
      ProviderSubscription answer,
      ClientInfo client) {
    Subscription locked = subscriptions.lock(checked.before().id()).orElseThrow();
    ChangePlan plan = checked.plan();
    Subscription changed =
        locked.toBuilder()
            .plan(plan.plan().code())
            .seats(plan.seats())
            .price(plan.pricePerSeat(), plan.priceVersion())
            .scheduledChange(plan.scheduled())
            .paymentMethod(method.or(locked::paymentMethod))
            .currentPeriod(answer.currentPeriodStart(), answer.currentPeriodEnd())
            .trialEnd(answer.trialEnd())
            .build();
    subscriptions.update(changed);
    if (!plan.plan().code().equals(locked.plan())) {
      licenses.changePlan(locked.id(), plan.plan());
    }
    if (plan.seats() > locked.seats()) {
      licenseIssuer.issue(changed, plan.plan(), plan.seats() - locked.seats());
    }
    AuditEntry entry =
        AuditEntry.onSubscription("subscription.changed", locked.id(), locked.organizationId())
            .with("plan", plan.plan().code())
            .with("seats", Integer.toString(plan.seats()))
            .with("providerSubscription", answer.id());
    if (plan.scheduled().isPresent()) {
      entry =
          entry
              .with("scheduledPlan", plan.scheduled().get().plan())
              .with("scheduledSeats", Integer.toString(plan.scheduled().get().seats()));
    }
    if (method.isPresent()) {
      entry = entry.with("paymentMethod", "changed");
    }
    audit.record(caller, entry, client);
    return changed;
  }
}
