package org.openlicensing.core.billing;

import java.time.Duration;
import java.time.Instant;
import org.openlicensing.api.catalog.Money;

/**
 * The share of a period's price for the time left in it, to the second, as Stripe prorates: {@code
 * amount × remaining / period}, rounded half away from zero, in integers.
 */
final class Proration {
  private Proration() {}

  static Money remainingShare(
      Money periodAmount, Instant periodStart, Instant periodEnd, Instant now) {
    long period = Duration.between(periodStart, periodEnd).getSeconds();
    long remaining = Math.max(0, Duration.between(now, periodEnd).getSeconds());
    if (period <= 0 || remaining == 0) {
      return Money.zero(periodAmount.currency());
    }
    remaining = Math.min(remaining, period);
    long numerator = Math.multiplyExact(Math.abs(periodAmount.amount()), remaining);
    long share = (numerator + period / 2) / period;
    return new Money(periodAmount.amount() < 0 ? -share : share, periodAmount.currency());
  }
}
