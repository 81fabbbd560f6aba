package org.openlicensing.core.billing.provider;

import java.time.Instant;
import java.util.Objects;

/** A line of a provider's invoice, amounts in minor units of the invoice's currency. */
public record ProviderInvoiceLine(
    String description,
    long quantity,
    long amount,
    boolean proration,
    Instant periodStart,
    Instant periodEnd) {
  public ProviderInvoiceLine {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
  }
}
