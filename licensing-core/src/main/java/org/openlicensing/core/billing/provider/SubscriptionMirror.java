package org.openlicensing.core.billing.provider;

import java.time.Clock;
import java.util.Optional;
import org.openlicensing.api.billing.Dunning;
import org.openlicensing.api.billing.ScheduledChange;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.licenses.LicenseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the library's subscription what the payment service says it is now, with the licenses
 * following. Every rule depends only on the current state, so applying any sequence of the
 * service's states converges on its latest:
 *
 * <ul>
 *   <li>Period, trial end and the cancellation flags are the service's.
 *   <li>Seats and plan are the service's (the plan read from the price's lookup key), except while
 *       a change waits for the period's end: the customer keeps what was paid for until the service
 *       shows the next period, then the waiting change applies.
 *   <li>Status moves through the state machine. A move it refuses directly is taken when a legal
 *       intermediate state links the two (the service may skip one: active, past due, unpaid);
 *       otherwise the library's status stays (an ended subscription never lives again) and the
 *       refusal is logged, while the rest is still mirrored.
 *   <li>Ended: the licenses expire. Unpaid: they are suspended, as after the built-in dunning.
 *       Active or trialing again after past due or unpaid: they work again until the period end.
 *       More seats: licenses are issued; fewer: unassigned licenses are revoked.
 * </ul>
 *
 * Runs in the caller's transaction, with the subscription locked.
 */
public final class SubscriptionMirror {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionMirror.class);

  private final SubscriptionRepository subscriptions;
  private final PlanRepository plans;
  private final LicenseRepository licenses;
  private final LicenseIssuer issuer;
  private final AuditLog audit;
  private final Clock clock;

  public SubscriptionMirror(
      SubscriptionRepository subscriptions,
      PlanRepository plans,
      LicenseRepository licenses,
      LicenseIssuer issuer,
      AuditLog audit,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.plans = plans;
    this.licenses = licenses;
    this.issuer = issuer;
    this.audit = audit;
    this.clock = clock;
  }

  /** The terms a subscription has from now on. */
  private record Terms(Plan plan, int seats, Money price, int version, boolean changeWaits) {}

  public Subscription apply(Subscription ours, ProviderSubscription theirs) {
    Terms terms = terms(ours, theirs);
    SubscriptionStatus status = status(ours, theirs.status());
    boolean ended = status == SubscriptionStatus.CANCELED;
    Subscription mirrored =
        ours.toBuilder()
            .status(status)
            .plan(terms.plan().code())
            .seats(terms.seats())
            .price(terms.price(), terms.version())
            .scheduledChange(
                terms.changeWaits() && !ended ? ours.scheduledChange() : Optional.empty())
            .currentPeriod(theirs.currentPeriodStart(), theirs.currentPeriodEnd())
            .trialEnd(theirs.trialEnd())
            .cancelAtPeriodEnd(!ended && theirs.cancelAtPeriodEnd())
            .canceledAt(theirs.canceledAt())
            .endedAt(ended ? theirs.endedAt().or(ours::endedAt) : Optional.empty())
            .dunning(Dunning.NONE)
            .build();
    if (ended && mirrored.endedAt().isEmpty()) {
      mirrored = mirrored.toBuilder().endedAt(Optional.of(clock.instant())).build();
    }
    if (!mirrored.equals(ours)) {
      subscriptions.update(mirrored);
    }
    licensesFollow(ours, mirrored, terms.plan());
    if (ours.status() != mirrored.status()) {
      audit.record(
          null,
          AuditEntry.onSubscription(
                  "subscription.status_mirrored", ours.id(), ours.organizationId())
              .with("from", ours.status().name())
              .with("to", mirrored.status().name())
              .with("providerSubscription", theirs.id()),
          null);
    }
    return mirrored;
  }

  private Terms terms(Subscription ours, ProviderSubscription theirs) {
    Plan current = plans.findByCode(ours.plan()).orElseThrow();
    boolean nextPeriod = theirs.currentPeriodStart().isAfter(ours.currentPeriodStart());
    Optional<ScheduledChange> waiting = ours.scheduledChange();
    if (waiting.isPresent() && !nextPeriod) {
      return new Terms(current, ours.seats(), ours.pricePerSeat(), ours.priceVersion(), true);
    }
    Plan target =
        waiting
            .flatMap(change -> plans.findByCode(change.plan()))
            .or(
                () ->
                    theirs
                        .priceLookupKey()
                        .flatMap(PriceRef::planCodeOf)
                        .flatMap(plans::findByCode))
            .orElse(current);
    int seats = Math.max(1, theirs.seats());
    if (target.code().equals(current.code())) {
      return new Terms(current, seats, ours.pricePerSeat(), ours.priceVersion(), false);
    }
    Money price =
        target
            .price(ours.period(), ours.pricePerSeat().currency())
            .map(p -> p.perSeat())
            .orElse(ours.pricePerSeat());
    return new Terms(target, seats, price, target.priceVersion(), false);
  }

  /** The service's status, where the state machine allows the move; see the class comment. */
  private static SubscriptionStatus status(Subscription ours, SubscriptionStatus theirs) {
    SubscriptionStatus from = ours.status();
    if (from == theirs || from.canBecome(theirs)) {
      return theirs;
    }
    for (SubscriptionStatus via : SubscriptionStatus.values()) {
      if (from.canBecome(via) && via.canBecome(theirs)) {
        LOG.info(
            "Subscription {} moves from {} to {} by way of {}: the service skipped a state",
            ours.id(),
            from,
            theirs,
            via);
        return theirs;
      }
    }
    LOG.warn(
        "Subscription {} stays {}: the service says {}, which the state machine does not allow",
        ours.id(),
        from,
        theirs);
    return from;
  }

  private void licensesFollow(Subscription before, Subscription after, Plan plan) {
    if (!after.plan().equals(before.plan())) {
      licenses.changePlan(after.id(), plan);
    }
    if (after.status() == SubscriptionStatus.CANCELED) {
      if (before.status() != SubscriptionStatus.CANCELED) {
        licenses.expireAll(after.id(), after.endedAt().orElse(clock.instant()));
      }
      return;
    }
    int live = licenses.countBySubscription(after.id()).live();
    if (after.seats() > live) {
      issuer.issue(after, plan, after.seats() - live);
    } else if (after.seats() < live) {
      // Never an assigned license: those stay until their assignees are taken off.
      licenses.revokeUnassigned(after.id(), live - after.seats());
    }
    if (after.status() == SubscriptionStatus.UNPAID
        && before.status() != SubscriptionStatus.UNPAID) {
      licenses.suspendAll(after.id());
    }
    boolean good =
        after.status() == SubscriptionStatus.ACTIVE
            || after.status() == SubscriptionStatus.TRIALING;
    boolean wasOwing =
        before.status() == SubscriptionStatus.PAST_DUE
            || before.status() == SubscriptionStatus.UNPAID;
    if (good && wasOwing) {
      licenses.renewAll(after.id(), after.currentPeriodEnd());
    }
  }
}
