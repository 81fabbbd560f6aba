package org.openlicensing.core.invoices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.invoices.Tax;
import org.openlicensing.core.support.Ids;

/**
 * Issues invoices: sums the lines, adds the VAT the buyer owes, copies both parties onto the
 * invoice, and draws its number. Runs in the caller's transaction, so that a number is only used by
 * an invoice that is stored.
 */
public final class InvoiceIssuer {
  private final InvoiceRepository invoices;
  private final InvoiceParties parties;
  private final TaxRules taxRules;
  private final Clock clock;

  public InvoiceIssuer(
      InvoiceRepository invoices, InvoiceParties parties, TaxRules taxRules, Clock clock) {
    this.invoices = invoices;
    this.parties = parties;
    this.taxRules = taxRules;
    this.clock = clock;
  }

  /** An OPEN invoice of the organization with these lines, all in one currency. */
  public Invoice issue(
      UUID organizationId, UUID subscriptionId, InvoiceReason reason, List<InvoiceLine> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an invoice has at least one line");
    }
    Instant now = clock.instant();
    Money subtotal = Money.zero(lines.get(0).amount().currency());
    for (InvoiceLine line : lines) {
      subtotal = subtotal.plus(line.amount());
    }
    Party seller = parties.seller();
    Party buyer = parties.buyer(organizationId);
    Tax tax = taxRules.taxFor(seller, buyer, subtotal);
    Money zero = Money.zero(subtotal.currency());
    Invoice invoice =
        new Invoice(
            Ids.newId(clock),
            DocumentNumbers.INVOICE.next(invoices, now),
            organizationId,
            Optional.ofNullable(subscriptionId),
            reason,
            InvoiceStatus.OPEN,
            lines,
            subtotal,
            tax,
            subtotal.plus(tax.amount()),
            zero,
            zero,
            seller,
            buyer,
            now,
            Optional.empty(),
            Optional.empty());
    invoices.insert(invoice);
    return invoice;
  }
}
