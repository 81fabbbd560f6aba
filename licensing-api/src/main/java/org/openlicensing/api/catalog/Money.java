package org.openlicensing.api.catalog;

import java.util.Currency;
import java.util.Objects;

/** An amount of money in the currency's minor unit (cents for EUR). Never a floating point. */
public record Money(long amount, Currency currency) {
  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(long minorUnits, String currencyCode) {
    return new Money(minorUnits, Currency.getInstance(currencyCode));
  }

  public Money times(long factor) {
    return new Money(Math.multiplyExact(amount, factor), currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(amount, other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(amount, other.amount), currency);
  }

  public Money negate() {
    return new Money(Math.negateExact(amount), currency);
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot add " + other.currency + " to " + currency + ": currencies differ");
    }
  }
}
