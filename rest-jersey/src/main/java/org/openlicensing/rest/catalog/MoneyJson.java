package org.openlicensing.rest.catalog;

import org.openlicensing.api.catalog.Money;

/**
 * Money on the wire: minor units and the ISO 4217 code, {@code {amount: 2900, currency: "EUR"}}.
 */
public record MoneyJson(long amount, String currency) {
  public static MoneyJson of(Money money) {
    return new MoneyJson(money.amount(), money.currency().getCurrencyCode());
  }
}
