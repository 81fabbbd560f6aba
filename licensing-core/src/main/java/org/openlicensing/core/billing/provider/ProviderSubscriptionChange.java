package org.openlicensing.core.billing.provider;

import java.util.Objects;
import java.util.Optional;

/**
 * A change of a provider's subscription: seats, price, or both, with how to bill the rest of the
 * period; and the payment method its invoices are charged to.
 *
 * @param paymentMethod a payment method attached to the customer, to become the subscription's
 */
public record ProviderSubscriptionChange(
    Optional<Integer> seats,
    Optional<PriceRef> price,
    ProrationBehavior proration,
    Optional<String> paymentMethod) {
  public ProviderSubscriptionChange {
    seats = seats == null ? Optional.empty() : seats;
    price = price == null ? Optional.empty() : price;
    Objects.requireNonNull(proration, "proration");
    paymentMethod = paymentMethod == null ? Optional.empty() : paymentMethod;
  }

  /** Seats or price, without a change of the payment method. */
  public ProviderSubscriptionChange(
      Optional<Integer> seats, Optional<PriceRef> price, ProrationBehavior proration) {
    this(seats, price, proration, Optional.empty());
  }

  /** Whether seats or price change, rather than only the payment method. */
  public boolean changesItem() {
    return seats.isPresent() || price.isPresent();
  }
}
