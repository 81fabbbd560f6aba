package org.openlicensing.core.invoices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.CreditNote;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.RefundService;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.core.support.Ids;

/**
 * Refunds of paid invoices by platform admins. The invoice stays locked from the check of what is
 * left to refund until the credit note is stored, so that concurrent refunds never give back more
 * than was paid; the gateway's refund carries an idempotency key, so that a retry after a failure
 * does not refund twice.
 */
public final class DefaultRefundService implements RefundService {
  private static final int MAX_REASON_LENGTH = 500;
  private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  private final Transactions transactions;
  private final InvoiceRepository invoices;
  private final PaymentRefunds gateway;
  private final AuditLog audit;
  private final Clock clock;

  public DefaultRefundService(
      Transactions transactions,
      InvoiceRepository invoices,
      PaymentRefunds gateway,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.invoices = invoices;
    this.gateway = gateway;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public CreditNote refund(
      Caller caller,
      UUID invoiceId,
      Long amount,
      String reason,
      String idempotencyKey,
      ClientInfo client) {
    Caller.AccountCaller admin = Callers.requirePlatformAdmin(caller);
    UUID adminId = admin.principal().accountId();
    FieldChecks checks = new FieldChecks();
    long refund = checks.required("amount", amount) == null ? 0 : amount;
    if (amount != null && amount <= 0) {
      checks.reject("amount", "must be a positive number of minor units");
    }
    String why = checks.optionalText("reason", reason, MAX_REASON_LENGTH);
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      checks.reject(
          "Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
    checks.throwIfAny();
    return transactions.inTransaction(
        () -> {
          if (idempotencyKey != null) {
            Optional<CreditNote> earlier = invoices.findCreditNote(adminId, idempotencyKey);
            if (earlier.isPresent()) {
              return earlier.get();
            }
          }
          Invoice invoice =
              invoices.lock(invoiceId).orElseThrow(() -> LicensingException.notFound("invoice"));
          Money wanted = new Money(refund, invoice.total().currency());
          if (refund > invoice.refundable().amount()) {
            throw new LicensingException(
                ErrorCode.REFUND_EXCEEDS_PAYMENT,
                "at most "
                    + MoneyText.format(invoice.refundable())
                    + " of this invoice can be refunded",
                List.of(new FieldError("amount", "exceeds what is left")));
          }
          String paymentId =
              invoices.findAttempts(invoiceId).stream()
                  .filter(PaymentAttempt::succeeded)
                  .reduce((first, second) -> second)
                  .flatMap(PaymentAttempt::providerPaymentId)
                  .orElseThrow(
                      () ->
                          new LicensingException(
                              ErrorCode.CONFLICT, "the invoice has no payment to refund"));
          Instant now = clock.instant();
          UUID noteId = Ids.newId(clock);
          gateway.refund(
              paymentId,
              wanted,
              "refund-" + invoiceId + "-" + (idempotencyKey == null ? noteId : idempotencyKey));
          CreditNote note =
              new CreditNote(
                  noteId,
                  DocumentNumbers.CREDIT_NOTE.next(invoices, now),
                  invoiceId,
                  invoice.organizationId(),
                  wanted,
                  why == null ? "" : why,
                  now,
                  Optional.empty());
          invoices.insertCreditNote(note, adminId, idempotencyKey);
          invoices.addRefunded(invoiceId, wanted);
          audit.record(
              caller,
              AuditEntry.onInvoice("invoice.refunded", invoiceId, invoice.organizationId())
                  .with("invoice", invoice.number())
                  .with("creditNote", note.number())
                  .with("amount", Long.toString(refund))
                  .with("currency", wanted.currency().getCurrencyCode()),
              client);
          return note;
        });
  }

  @Override
  public List<CreditNote> creditNotes(Caller caller, UUID invoiceId) {
    Callers.requirePlatformAdmin(caller);
    return transactions.inTransaction(
        () -> {
          invoices.findById(invoiceId).orElseThrow(() -> LicensingException.notFound("invoice"));
          return invoices.findCreditNotes(invoiceId);
        });
  }
}
