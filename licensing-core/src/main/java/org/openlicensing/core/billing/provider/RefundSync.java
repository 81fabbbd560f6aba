package org.openlicensing.core.billing.provider;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.CreditNote;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.invoices.DocumentNumbers;
import org.openlicensing.core.invoices.InvoiceRepository;
import org.openlicensing.core.support.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors refunds made at the payment service (its dashboard, or an admin's refund here): when the
 * charge's refunded amount is more than the invoice's, a credit note records the difference. What
 * was refunded here first already counts, and a replay finds nothing missing, so each refunded
 * amount is recorded once. Runs in the caller's transaction, under the invoice's lock.
 */
public final class RefundSync {
  private static final Logger LOG = LoggerFactory.getLogger(RefundSync.class);

  private final BillingProvider provider;
  private final InvoiceRepository invoices;
  private final AuditLog audit;
  private final Clock clock;

  public RefundSync(
      BillingProvider provider, InvoiceRepository invoices, AuditLog audit, Clock clock) {
    this.provider = provider;
    this.invoices = invoices;
    this.audit = audit;
    this.clock = clock;
  }

  public void sync(String chargeId) {
    ProviderCharge theirs = provider.fetchCharge(chargeId);
    Optional<Invoice> found =
        theirs
            .invoiceId()
            .flatMap(invoices::findByProviderInvoiceId)
            .or(() -> theirs.paymentIntentId().flatMap(invoices::findByProviderPaymentId));
    if (found.isEmpty()) {
      LOG.info("Charge {} pays no invoice mirrored here; its refund is ignored", chargeId);
      return;
    }
    Invoice invoice = invoices.lock(found.get().id()).orElseThrow();
    long missing = theirs.amountRefunded() - invoice.amountRefunded().amount();
    long credit = Math.min(missing, invoice.refundable().amount());
    if (credit <= 0) {
      return;
    }
    Instant now = clock.instant();
    Money amount = new Money(credit, invoice.total().currency());
    CreditNote note =
        new CreditNote(
            Ids.newId(clock),
            DocumentNumbers.CREDIT_NOTE.next(invoices, now),
            invoice.id(),
            invoice.organizationId(),
            amount,
            "Refunded at " + provider.name() + " (charge " + chargeId + ")",
            now,
            Optional.of(chargeId));
    invoices.insertCreditNote(note, null, null);
    invoices.addRefunded(invoice.id(), amount);
    audit.record(
        null,
        AuditEntry.onInvoice("invoice.refunded", invoice.id(), invoice.organizationId())
            .with("invoice", invoice.number())
            .with("creditNote", note.number())
            .with("amount", Long.toString(credit))
            .with("currency", amount.currency().getCurrencyCode())
            .with("source", provider.name()),
        null);
  }
}
