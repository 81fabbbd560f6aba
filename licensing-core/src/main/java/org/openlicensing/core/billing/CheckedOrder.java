package org.openlicensing.core.billing;

import java.util.Objects;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;

/** A subscription request that passed every check: what to buy, and what it costs. */
public record CheckedOrder(
    Plan plan, int seats, BillingPeriod period, Price price, String paymentMethod) {
  public CheckedOrder {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    if (!plan.allowsSeats(seats)) {
      throw new IllegalArgumentException("seats outside the plan's bounds: " + seats);
    }
  }
}
