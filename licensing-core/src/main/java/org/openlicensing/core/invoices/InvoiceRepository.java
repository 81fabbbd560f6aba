package org.openlicensing.core.invoices;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.CreditNote;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceStatus;

/** Where invoices, their payment attempts and credit notes are kept. */
public interface InvoiceRepository {

  /**
   * The next number of a series in a year, starting at 1. The counter is locked until the
   * transaction ends and rolls back with it, so that numbers have no gaps and no duplicates however
   * many invoices are issued at once.
   */
  long nextNumber(String series, int year);

  /** Stores an issued invoice with its lines. A number used before is a DuplicateKeyException. */
  void insert(Invoice invoice);

  Optional<Invoice> findById(UUID id);

  /** Finds an invoice and locks it until the transaction ends. */
  Optional<Invoice> lock(UUID id);

  /** The invoice that mirrors a payment service's invoice, such as Stripe's in_... */
  Optional<Invoice> findByProviderInvoiceId(String providerInvoiceId);

  /** The invoice a successful payment attempt with this payment id (such as pi_...) paid. */
  Optional<Invoice> findByProviderPaymentId(String providerPaymentId);

  /** The newest invoice of the subscription that is still OPEN. */
  Optional<Invoice> findOpenBySubscription(UUID subscriptionId);

  /** The subscription's invoices, newest first. */
  List<Invoice> findBySubscription(UUID subscriptionId);

  /** The invoices of these organizations, newest first (by id), after the given id (or null). */
  List<Invoice> findByOrganizations(Collection<UUID> organizationIds, UUID beforeId, int limit);

  /** Sets the status, and what was paid and when. */
  void updatePayment(UUID invoiceId, InvoiceStatus status, Money amountPaid, Instant paidAt);

  void updateStatus(UUID invoiceId, InvoiceStatus status);

  /** Adds a refund to what was refunded of the invoice. */
  void addRefunded(UUID invoiceId, Money amount);

  void insertAttempt(PaymentAttempt attempt);

  /** The attempts to collect the invoice, oldest first. */
  List<PaymentAttempt> findAttempts(UUID invoiceId);

  /**
   * Stores a credit note made by a caller, with the caller's idempotency key (or null). A key the
   * same caller used before is a DuplicateKeyException. A null caller is the payment service, for a
   * refund made there and mirrored here.
   */
  void insertCreditNote(CreditNote creditNote, UUID createdBy, String idempotencyKey);

  Optional<CreditNote> findCreditNote(UUID createdBy, String idempotencyKey);

  /** The invoice's credit notes, oldest first. */
  List<CreditNote> findCreditNotes(UUID invoiceId);
}
