package org.openlicensing.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Price;

/** A row of {@code plan_prices}, or of {@code plan_version_prices}. */
@Embeddable
public class PlanPrice {
  @Enumerated(EnumType.STRING)
  @Column(name = "billing_period", nullable = false)
  private BillingPeriod period;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false)
  private String currency;

  protected PlanPrice() {}

  static PlanPrice of(Price price) {
    PlanPrice row = new PlanPrice();
    row.period = price.period();
    row.amount = price.perSeat().amount();
    row.currency = price.perSeat().currency().getCurrencyCode();
    return row;
  }

  Price toPrice() {
    return new Price(period, Money.of(amount, currency));
  }
}
