package org.openlicensing.core.billing.provider;

import java.util.Objects;
import java.util.Optional;

/**
 * A change of a provider's subscription: seats, price, or both, with how to bill the rest of the
 * period.
 */
public record ProviderSubscriptionChange(
    Optional<Integer> seats, Optional<PriceRef> price, ProrationBehavior proration) {
  public ProviderSubscriptionChange {
    seats = seats == null ? Optional.empty() : seats;
    price = price == null ? Optional.empty() : price;
    Objects.requireNonNull(proration, "proration");
  }
}
