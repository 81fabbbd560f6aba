package org.openlicensing.persistence.invoices;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.api.invoices.InvoiceLineKind;

/** A row of {@code invoice_lines}; the currency is the invoice's. */
@Embeddable
public class InvoiceLineRow {
  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvoiceLineKind kind;

  @Column(nullable = false)
  private long quantity;

  @Column(name = "unit_amount", nullable = false)
  private long unitAmount;

  @Column(nullable = false)
  private long amount;

  @Column(name = "period_start", nullable = false)
  private Instant periodStart;

  @Column(name = "period_end", nullable = false)
  private Instant periodEnd;

  protected InvoiceLineRow() {}

  static InvoiceLineRow of(InvoiceLine line) {
    InvoiceLineRow row = new InvoiceLineRow();
    row.description = line.description();
    row.kind = line.kind();
    row.quantity = line.quantity();
    row.unitAmount = line.unitAmount().amount();
    row.amount = line.amount().amount();
    row.periodStart = line.periodStart();
    row.periodEnd = line.periodEnd();
    return row;
  }

  InvoiceLine toLine(String currency) {
    return new InvoiceLine(
        description,
        kind,
        quantity,
        Money.of(unitAmount, currency),
        Money.of(amount, currency),
        periodStart,
        periodEnd);
  }
}
