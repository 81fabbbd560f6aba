package org.openlicensing.core.billing.provider;

import java.util.Objects;
import java.util.Optional;

/**
 * A charge as the provider holds it now, for {@code charge.refunded}: what was paid and what of it
 * was refunded, in minor units.
 */
public record ProviderCharge(
    String id,
    Optional<String> paymentIntentId,
    Optional<String> invoiceId,
    long amount,
    long amountRefunded) {
  public ProviderCharge {
    Objects.requireNonNull(id, "id");
    paymentIntentId = paymentIntentId == null ? Optional.empty() : paymentIntentId;
    invoiceId = invoiceId == null ? Optional.empty() : invoiceId;
  }
}
