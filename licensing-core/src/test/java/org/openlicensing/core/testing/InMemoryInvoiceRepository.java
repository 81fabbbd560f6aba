package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.CreditNote;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.core.invoices.InvoiceRepository;
import org.openlicensing.core.invoices.PaymentAttempt;

final class InMemoryInvoiceRepository implements InvoiceRepository {
  private static final Comparator<Invoice> NEWEST_FIRST =
      Comparator.comparing(Invoice::id, UuidOrder.ASCENDING).reversed();

  private record Counter(String series, int year) {}

  private record NoteRow(CreditNote note, UUID createdBy, String idempotencyKey) {}

  private final InMemoryTable<Counter, Long> counters;
  private final InMemoryTable<UUID, Invoice> invoices;
  private final InMemoryTable<UUID, PaymentAttempt> attempts;
  private final InMemoryTable<UUID, NoteRow> notes;

  InMemoryInvoiceRepository(InMemoryTransactions transactions) {
    this.counters = transactions.table("document_sequences");
    this.invoices = transactions.table("invoices");
    this.attempts = transactions.table("invoice_payment_attempts");
    this.notes = transactions.table("credit_notes");
  }

  @Override
  public long nextNumber(String series, int year) {
    Counter key = new Counter(series, year);
    long next = counters.get(key).orElse(0L) + 1;
    counters.put(key, next);
    return next;
  }

  @Override
  public void insert(Invoice invoice) {
    invoices.requireUnique(!invoices.containsKey(invoice.id()), "id");
    invoices.requireUnique(
        invoices.all().stream().noneMatch(i -> i.number().equals(invoice.number())), "number");
    // NULL ids never collide, as in a unique constraint of the database.
    invoices.requireUnique(
        invoice.providerInvoiceId().isEmpty()
            || invoices.all().stream()
                .noneMatch(i -> i.providerInvoiceId().equals(invoice.providerInvoiceId())),
        "provider_invoice_id");
    invoices.put(invoice.id(), invoice);
  }

  @Override
  public Optional<Invoice> findByProviderInvoiceId(String providerInvoiceId) {
    return invoices.all().stream()
        .filter(i -> i.providerInvoiceId().equals(Optional.of(providerInvoiceId)))
        .findFirst();
  }

  @Override
  public Optional<Invoice> findByProviderPaymentId(String providerPaymentId) {
    return attempts.all().stream()
        .filter(a -> a.succeeded() && a.providerPaymentId().equals(Optional.of(providerPaymentId)))
        .findFirst()
        .flatMap(a -> invoices.get(a.invoiceId()));
  }

  @Override
  public Optional<Invoice> findById(UUID id) {
    return invoices.get(id);
  }

  /** Transactions run one at a time here, so the lock is held already. */
  @Override
  public Optional<Invoice> lock(UUID id) {
    return findById(id);
  }

  @Override
  public Optional<Invoice> findOpenBySubscription(UUID subscriptionId) {
    return findBySubscription(subscriptionId).stream()
        .filter(i -> i.status() == InvoiceStatus.OPEN)
        .findFirst();
  }

  @Override
  public List<Invoice> findBySubscription(UUID subscriptionId) {
    return invoices.all().stream()
        .filter(i -> i.subscriptionId().equals(Optional.of(subscriptionId)))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public List<Invoice> findByOrganizations(
      Collection<UUID> organizationIds, UUID beforeId, int limit) {
    return invoices.all().stream()
        .filter(i -> organizationIds.contains(i.organizationId()))
        .filter(i -> beforeId == null || UuidOrder.ASCENDING.compare(i.id(), beforeId) < 0)
        .sorted(NEWEST_FIRST)
        .limit(limit)
        .toList();
  }

  @Override
  public void updatePayment(
      UUID invoiceId, InvoiceStatus status, Money amountPaid, Instant paidAt) {
    invoices
        .get(invoiceId)
        .ifPresent(
            i ->
                invoices.put(
                    invoiceId,
                    copy(i, status, amountPaid, i.amountRefunded(), Optional.of(paidAt))));
  }

  @Override
  public void updateStatus(UUID invoiceId, InvoiceStatus status) {
    invoices
        .get(invoiceId)
        .ifPresent(
            i ->
                invoices.put(
                    invoiceId, copy(i, status, i.amountPaid(), i.amountRefunded(), i.paidAt())));
  }

  @Override
  public void addRefunded(UUID invoiceId, Money amount) {
    invoices
        .get(invoiceId)
        .ifPresent(
            i ->
                invoices.put(
                    invoiceId,
                    copy(
                        i,
                        i.status(),
                        i.amountPaid(),
                        i.amountRefunded().plus(amount),
                        i.paidAt())));
  }

  @Override
  public void insertAttempt(PaymentAttempt attempt) {
    attempts.requireUnique(!attempts.containsKey(attempt.id()), "id");
    attempts.put(attempt.id(), attempt);
  }

  @Override
  public List<PaymentAttempt> findAttempts(UUID invoiceId) {
    return attempts.all().stream()
        .filter(a -> a.invoiceId().equals(invoiceId))
        .sorted(Comparator.comparing(PaymentAttempt::id, UuidOrder.ASCENDING))
        .toList();
  }

  @Override
  public void insertCreditNote(CreditNote creditNote, UUID createdBy, String idempotencyKey) {
    notes.requireUnique(!notes.containsKey(creditNote.id()), "id");
    notes.requireUnique(
        notes.all().stream().noneMatch(n -> n.note().number().equals(creditNote.number())),
        "number");
    notes.requireUnique(
        idempotencyKey == null
            || notes.all().stream()
                .noneMatch(
                    n ->
                        Objects.equals(n.createdBy(), createdBy)
                            && idempotencyKey.equals(n.idempotencyKey())),
        "created_by, idempotency_key");
    notes.put(creditNote.id(), new NoteRow(creditNote, createdBy, idempotencyKey));
  }

  @Override
  public Optional<CreditNote> findCreditNote(UUID createdBy, String idempotencyKey) {
    return notes.all().stream()
        .filter(
            n ->
                Objects.equals(n.createdBy(), createdBy)
                    && Objects.equals(idempotencyKey, n.idempotencyKey()))
        .map(NoteRow::note)
        .findFirst();
  }

  @Override
  public List<CreditNote> findCreditNotes(UUID invoiceId) {
    List<CreditNote> found = new ArrayList<>();
    notes.all().stream()
        .map(NoteRow::note)
        .filter(n -> n.invoiceId().equals(invoiceId))
        .sorted(Comparator.comparing(CreditNote::id, UuidOrder.ASCENDING))
        .forEach(found::add);
    return found;
  }

  private static Invoice copy(
      Invoice i,
      InvoiceStatus status,
      Money amountPaid,
      Money amountRefunded,
      Optional<Instant> paidAt) {
    return new Invoice(
        i.id(),
        i.number(),
        i.organizationId(),
        i.subscriptionId(),
        i.reason(),
        status,
        i.lines(),
        i.subtotal(),
        i.tax(),
        i.total(),
        amountPaid,
        amountRefunded,
        i.seller(),
        i.buyer(),
        i.issuedAt(),
        paidAt,
        i.providerInvoiceId());
  }
}
