package org.openlicensing.core.billing.provider;

import java.util.Objects;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;

/**
 * A price of the catalog as the provider must know it. The adapter finds the provider's price for
 * it (Stripe: by {@link #lookupKey()}) or creates it with the product, so that the catalog stays
 * the single source of prices.
 *
 * @param priceVersion the catalog's version of the plan's prices
 * @param perSeat the price of one seat for one period
 */
public record PriceRef(
    String planCode, String planName, int priceVersion, BillingPeriod period, Money perSeat) {
  public PriceRef {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(planName, "planName");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(perSeat, "perSeat");
  }

  private static final String LOOKUP_KEY_PREFIX = "openlicensing:";

  /** The plan's code named in a {@link #lookupKey()}, or empty for a key not made here. */
  public static java.util.Optional<String> planCodeOf(String lookupKey) {
    if (lookupKey == null || !lookupKey.startsWith(LOOKUP_KEY_PREFIX)) {
      return java.util.Optional.empty();
    }
    String[] parts = lookupKey.split(":", -1);
    return parts.length == 5 && !parts[1].isEmpty()
        ? java.util.Optional.of(parts[1])
        : java.util.Optional.empty();
  }

  /** A stable name of this very price: plan, version, period and currency. */
  public String lookupKey() {
    return LOOKUP_KEY_PREFIX
        + planCode
        + ":v"
        + priceVersion
        + ":"
        + period.name().toLowerCase(java.util.Locale.ROOT)
        + ":"
        + perSeat.currency().getCurrencyCode().toLowerCase(java.util.Locale.ROOT);
  }
}
