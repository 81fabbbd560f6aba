package org.openlicensing.core.billing;

import java.util.Currency;
import java.util.Optional;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.support.FieldChecks;

/** Checks a subscription request against the catalog, naming every field at fault. */
final class OrderChecks {
  static final Currency CURRENCY = Currency.getInstance("EUR");
  private static final int MAX_PAYMENT_METHOD_LENGTH = 255;

  private OrderChecks() {}

  /** Runs in the caller's transaction. */
  static CheckedOrder check(NewSubscription request, PlanRepository plans) {
    FieldChecks checks = new FieldChecks();
    String planCode = checks.text("plan", request.plan(), 40);
    Optional<Plan> plan = planCode == null ? Optional.empty() : plans.findByCode(planCode);
    if (planCode != null && plan.isEmpty()) {
      checks.reject("plan", "is not a plan of the catalog");
    }
    if (plan.isPresent() && !plan.get().active()) {
      // Retired: its subscribers renew on it, but no one new buys it.
      checks.reject("plan", "is retired and no longer sold");
    }
    checks.required("billingPeriod", request.billingPeriod());
    String paymentMethod =
        checks.text("paymentMethod", request.paymentMethod(), MAX_PAYMENT_METHOD_LENGTH);
    int seats =
        plan.map(p -> checks.number("seats", request.seats(), p.minSeats(), p.maxSeats()))
            .orElseGet(() -> checks.number("seats", request.seats(), 1, Integer.MAX_VALUE));
    Optional<Price> price =
        plan.flatMap(
            p ->
                request.billingPeriod() == null
                    ? Optional.empty()
                    : p.price(request.billingPeriod(), CURRENCY));
    if (plan.isPresent() && request.billingPeriod() != null && price.isEmpty()) {
      checks.reject("billingPeriod", "the plan is not sold " + request.billingPeriod());
    }
    checks.throwIfAny();
    return new CheckedOrder(plan.get(), seats, request.billingPeriod(), price.get(), paymentMethod);
  }
}
