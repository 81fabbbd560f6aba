package org.openlicensing.core.billing.provider;

import java.util.Optional;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.support.FieldChecks;

/**
 * Checks a change against the catalog and the licenses, naming every field at fault, by the same
 * rules as the built-in billing: a plan of the catalog, still sold and sold for the period; seats
 * within the plan's bounds and never below the licenses assigned.
 */
final class ChangeTerms {
  private static final int MAX_PAYMENT_METHOD_LENGTH = 255;

  private ChangeTerms() {}

  /** The plan now, the plan and seats wanted, and the new payment method if any. */
  record Target(Plan current, Plan plan, int seats, Optional<String> paymentMethod) {}

  /** Runs in the caller's transaction. */
  static Target check(
      Subscription subscription,
      SubscriptionChange change,
      PlanRepository plans,
      LicenseRepository licenses) {
    FieldChecks checks = new FieldChecks();
    Plan current = plans.findByCode(subscription.plan()).orElseThrow();
    Plan target = current;
    if (change.plan() != null) {
      target =
          plans
              .findByCode(change.plan())
              .orElseGet(() -> checks.reject("plan", "is not a plan of the catalog"));
      if (target != null && !target.active() && !target.code().equals(current.code())) {
        checks.reject("plan", "is retired and no longer sold");
      }
    }
    if (target != null
        && target.price(subscription.period(), subscription.pricePerSeat().currency()).isEmpty()) {
      checks.reject("plan", "is not sold " + subscription.period());
    }
    int seats = subscription.seats();
    if (change.seats() != null && target != null) {
      seats = checks.number("seats", change.seats(), target.minSeats(), target.maxSeats());
      int assigned = licenses.countBySubscription(subscription.id()).assigned();
      if (!checks.hasErrors() && seats < assigned) {
        checks.reject("seats", "cannot go below the " + assigned + " licenses assigned");
      }
    } else if (target != null && !target.allowsSeats(seats)) {
      checks.reject("plan", "does not allow " + seats + " seats");
    }
    Optional<String> method =
        Optional.ofNullable(
            checks.optionalText(
                "paymentMethod", change.paymentMethod(), MAX_PAYMENT_METHOD_LENGTH));
    checks.throwIfAny();
    return new Target(current, target, seats, method);
  }
}
