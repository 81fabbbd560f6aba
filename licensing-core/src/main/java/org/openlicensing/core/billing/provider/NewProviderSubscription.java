package org.openlicensing.core.billing.provider;

import java.util.Map;
import java.util.Objects;

/**
 * A subscription to create at the provider: one item, the price, with quantity equal to seats.
 *
 * @param paymentMethod the payment method to charge, already attached to the customer
 * @param trialDays 0 for none
 * @param metadata kept with the subscription: the library's subscription and organization ids
 */
public record NewProviderSubscription(
    String customerId,
    PriceRef price,
    int seats,
    String paymentMethod,
    int trialDays,
    Map<String, String> metadata) {
  public NewProviderSubscription {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    metadata = Map.copyOf(metadata);
    if (seats < 1 || trialDays < 0) {
      throw new IllegalArgumentException("seats >= 1 and trialDays >= 0");
    }
  }
}
