package org.openlicensing.core.billing.provider;

import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;

/** The catalog's prices as the payment service knows them. */
final class ProviderPrices {
  private ProviderPrices() {}

  static PriceRef of(Plan plan, BillingPeriod period, Money perSeat) {
    return new PriceRef(plan.code(), plan.name(), plan.priceVersion(), period, perSeat);
  }

  /** The plan's current price for the period and currency. */
  static PriceRef current(Plan plan, BillingPeriod period, java.util.Currency currency) {
    Money perSeat =
        plan.price(period, currency)
            .map(p -> p.perSeat())
            .orElseThrow(
                () -> new IllegalArgumentException(plan.code() + " is not sold " + period));
    return of(plan, period, perSeat);
  }
}
