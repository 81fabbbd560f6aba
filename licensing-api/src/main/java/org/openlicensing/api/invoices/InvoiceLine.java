package org.openlicensing.api.invoices;

import java.time.Instant;
import java.util.Objects;
import org.openlicensing.api.catalog.Money;

/**
 * One line of an invoice: {@code quantity} × {@code unitAmount} = {@code amount}, for a period. A
 * credit or a proration of fewer seats has a negative amount.
 */
public record InvoiceLine(
    String description,
    InvoiceLineKind kind,
    long quantity,
    Money unitAmount,
    Money amount,
    Instant periodStart,
    Instant periodEnd) {
  public InvoiceLine {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unitAmount, "unitAmount");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    if (!unitAmount.currency().equals(amount.currency())) {
      throw new IllegalArgumentException("a line has one currency");
    }
  }
}
