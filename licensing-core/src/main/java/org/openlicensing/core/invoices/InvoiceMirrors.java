package org.openlicensing.core.invoices;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.api.invoices.InvoiceLineKind;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.invoices.Tax;
import org.openlicensing.core.billing.provider.ProviderInvoice;
import org.openlicensing.core.billing.provider.ProviderInvoiceLine;
import org.openlicensing.core.support.Ids;

/**
 * The library's copy of an invoice a payment service issued: its own number from the gapless
 * series, drawn once, when the invoice is first mirrored; both parties as for its own invoices;
 * lines and amounts as the service computed them. The tax is the service's (Stripe Tax, or the tax
 * rates set up there), never the library's table: its rate is derived from the amounts, the country
 * is the buyer's, and an invoice the service reverse-charged says so. The subtotal is the total
 * less tax, so that it includes the service's discounts. Runs in the caller's transaction.
 */
public final class InvoiceMirrors {
  private final InvoiceRepository invoices;
  private final InvoiceParties parties;
  private final Clock clock;

  public InvoiceMirrors(InvoiceRepository invoices, InvoiceParties parties, Clock clock) {
    this.invoices = invoices;
    this.parties = parties;
    this.clock = clock;
  }

  /**
   * Stores the copy, OPEN unless the service voided it or gave up on it: a paid invoice is stored
   * OPEN and then marked paid by the caller, which records the payment and sends the document.
   */
  public Invoice insert(
      UUID organizationId, Optional<UUID> subscriptionId, ProviderInvoice theirs) {
    Instant now = clock.instant();
    Currency currency = theirs.currency();
    Party seller = parties.seller();
    Party buyer = parties.buyer(organizationId);
    Money tax = new Money(theirs.tax(), currency);
    Money subtotal = new Money(theirs.total() - theirs.tax(), currency);
    Money zero = Money.zero(currency);
    Invoice invoice =
        new Invoice(
            Ids.newId(clock),
            DocumentNumbers.INVOICE.next(invoices, now),
            organizationId,
            subscriptionId,
            reason(theirs.billingReason()),
            initialStatus(theirs.status()),
            theirs.lines().stream().map(line -> line(line, currency)).toList(),
            subtotal,
            tax(buyer, subtotal, tax, theirs.reverseCharge()),
            subtotal.plus(tax),
            zero,
            zero,
            seller,
            buyer,
            now,
            Optional.empty(),
            Optional.of(theirs.id()));
    invoices.insert(invoice);
    return invoice;
  }

  /** The service's status in the library's terms; a draft is not an invoice yet. */
  public static Optional<InvoiceStatus> statusOf(String providerStatus) {
    return switch (providerStatus) {
      case "open" -> Optional.of(InvoiceStatus.OPEN);
      case "paid" -> Optional.of(InvoiceStatus.PAID);
      case "void" -> Optional.of(InvoiceStatus.VOID);
      case "uncollectible" -> Optional.of(InvoiceStatus.UNCOLLECTIBLE);
      default -> Optional.empty();
    };
  }

  private static InvoiceStatus initialStatus(String providerStatus) {
    InvoiceStatus status = statusOf(providerStatus).orElse(InvoiceStatus.OPEN);
    return status == InvoiceStatus.PAID ? InvoiceStatus.OPEN : status;
  }

  private static InvoiceReason reason(String billingReason) {
    return switch (billingReason) {
      case "subscription_create" -> InvoiceReason.SUBSCRIPTION_CREATE;
      case "subscription_cycle" -> InvoiceReason.SUBSCRIPTION_CYCLE;
      case "subscription_update" -> InvoiceReason.SUBSCRIPTION_UPDATE;
      default -> InvoiceReason.MANUAL;
    };
  }

  private static Tax tax(Party buyer, Money subtotal, Money tax, boolean reverseCharge) {
    if (reverseCharge && tax.amount() == 0) {
      return new Tax(buyer.country(), 0, tax, true, Optional.of(TaxRules.REVERSE_CHARGE_NOTE));
    }
    int rate = 0;
    if (subtotal.amount() > 0 && tax.amount() > 0) {
      // Half away from zero, as the library rounds its own VAT.
      long basisPoints = (tax.amount() * 10_000 * 2 + subtotal.amount()) / (2 * subtotal.amount());
      rate = (int) Math.min(10_000, basisPoints);
    }
    return new Tax(buyer.country(), rate, tax, false, Optional.empty());
  }

  private static InvoiceLine line(ProviderInvoiceLine line, Currency currency) {
    Money amount = new Money(line.amount(), currency);
    InvoiceLineKind kind =
        !line.proration()
            ? InvoiceLineKind.SUBSCRIPTION
            : line.amount() < 0 ? InvoiceLineKind.CREDIT : InvoiceLineKind.PRORATION;
    boolean even = line.quantity() > 0 && line.amount() % line.quantity() == 0;
    long quantity = even ? line.quantity() : 1;
    return new InvoiceLine(
        line.description().isBlank() ? "Subscription" : line.description(),
        kind,
        quantity,
        new Money(line.amount() / quantity, currency),
        amount,
        line.periodStart(),
        line.periodEnd());
  }
}
