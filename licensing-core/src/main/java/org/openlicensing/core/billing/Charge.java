package org.openlicensing.core.billing;

import java.util.Objects;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;

/**
 * A payment to collect now.
 *
 * @param idempotencyKey the same key twice makes one payment, as with Stripe's Idempotency-Key
 */
public record Charge(
    UUID organizationId,
    Money amount,
    String paymentMethod,
    String description,
    String idempotencyKey) {
  public Charge {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (amount.amount() <= 0) {
      throw new IllegalArgumentException("a charge must be positive: " + amount.amount());
    }
  }
}
