package org.openlicensing.api.catalog;

import java.util.Objects;

/** The price of one seat for one billing period. */
public record Price(BillingPeriod period, Money perSeat) {
  public Price {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(perSeat, "perSeat");
    if (perSeat.amount() < 0) {
      throw new IllegalArgumentException("a price cannot be negative: " + perSeat.amount());
    }
  }
}
