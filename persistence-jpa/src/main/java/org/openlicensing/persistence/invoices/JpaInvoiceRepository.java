package org.openlicensing.persistence.invoices;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.CreditNote;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.core.invoices.InvoiceRepository;
import org.openlicensing.core.invoices.PaymentAttempt;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.RowLocks;
import org.openlicensing.persistence.Writes;

public final class JpaInvoiceRepository implements InvoiceRepository {
  private final JpaTransactions transactions;

  public JpaInvoiceRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  private EntityManager em() {
    return transactions.entityManager();
  }

  /**
   * Increments the counter row, which locks it until the transaction ends; a series' first number
   * of a year inserts the row first, yielding to a concurrent insert of the same row.
   */
  @Override
  public long nextNumber(String series, int year) {
    EntityManager em = em();
    if (increment(em, series, year) == 0) {
      em.createNativeQuery(
              "INSERT INTO document_sequences (series, sequence_year, last_number)"
                  + " VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
          .setParameter(1, series)
          .setParameter(2, year)
          .executeUpdate();
      increment(em, series, year);
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT last_number FROM document_sequences"
                        + " WHERE series = ? AND sequence_year = ?")
                .setParameter(1, series)
                .setParameter(2, year)
                .getSingleResult())
        .longValue();
  }

  private static int increment(EntityManager em, String series, int year) {
    return em.createNativeQuery(
            "UPDATE document_sequences SET last_number = last_number + 1"
                + " WHERE series = ? AND sequence_year = ?")
        .setParameter(1, series)
        .setParameter(2, year)
        .executeUpdate();
  }

  @Override
  public void insert(Invoice invoice) {
    Writes.insert(em(), InvoiceEntity.of(invoice));
  }

  @Override
  public Optional<Invoice> findById(UUID id) {
    return Optional.ofNullable(em().find(InvoiceEntity.class, id)).map(InvoiceEntity::toInvoice);
  }

  @Override
  public Optional<Invoice> lock(UUID id) {
    EntityManager em = em();
    return RowLocks.forUpdate(
            em, em.createQuery("SELECT i FROM Invoice i WHERE i.id = :id", InvoiceEntity.class))
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(InvoiceEntity::toInvoice);
  }

  @Override
  public Optional<Invoice> findByProviderInvoiceId(String providerInvoiceId) {
    return em().createQuery(
            "SELECT i FROM Invoice i WHERE i.providerInvoiceId = :provider", InvoiceEntity.class)
        .setParameter("provider", providerInvoiceId)
        .getResultStream()
        .findFirst()
        .map(InvoiceEntity::toInvoice);
  }

  @Override
  public Optional<Invoice> findByProviderPaymentId(String providerPaymentId) {
    return em().createQuery(
            "SELECT a.invoiceId FROM PaymentAttempt a"
                + " WHERE a.providerPaymentId = :payment AND a.succeeded = TRUE ORDER BY a.id",
            UUID.class)
        .setParameter("payment", providerPaymentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .flatMap(this::findById);
  }

  @Override
  public Optional<Invoice> findOpenBySubscription(UUID subscriptionId) {
    return em().createQuery(
            "SELECT i FROM Invoice i WHERE i.subscriptionId = :subscription"
                + " AND i.status = :open ORDER BY i.id DESC",
            InvoiceEntity.class)
        .setParameter("subscription", subscriptionId)
        .setParameter("open", InvoiceStatus.OPEN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(InvoiceEntity::toInvoice);
  }

  @Override
  public List<Invoice> findBySubscription(UUID subscriptionId) {
    return em()
        .createQuery(
            "SELECT i FROM Invoice i WHERE i.subscriptionId = :subscription ORDER BY i.id DESC",
            InvoiceEntity.class)
        .setParameter("subscription", subscriptionId)
        .getResultList()
        .stream()
        .map(InvoiceEntity::toInvoice)
        .toList();
  }

  @Override
  public List<Invoice> findByOrganizations(
      Collection<UUID> organizationIds, UUID beforeId, int limit) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    String before = beforeId == null ? "" : " AND i.id < :before";
    var query =
        em().createQuery(
                "SELECT i FROM Invoice i WHERE i.organizationId IN :organizations"
                    + before
                    + " ORDER BY i.id DESC",
                InvoiceEntity.class)
            .setParameter("organizations", organizationIds);
    if (beforeId != null) {
      query.setParameter("before", beforeId);
    }
    return query.setMaxResults(limit).getResultList().stream()
        .map(InvoiceEntity::toInvoice)
        .toList();
  }

  @Override
  public void updatePayment(
      UUID invoiceId, InvoiceStatus status, Money amountPaid, Instant paidAt) {
    EntityManager em = em();
    Writes.update(
        em,
        em.createQuery(
                "UPDATE Invoice i SET i.status = :status, i.amountPaid = :paid, i.paidAt = :at"
                    + " WHERE i.id = :id")
            .setParameter("status", status)
            .setParameter("paid", amountPaid.amount())
            .setParameter("at", paidAt)
            .setParameter("id", invoiceId));
  }

  @Override
  public void updateStatus(UUID invoiceId, InvoiceStatus status) {
    EntityManager em = em();
    Writes.update(
        em,
        em.createQuery("UPDATE Invoice i SET i.status = :status WHERE i.id = :id")
            .setParameter("status", status)
            .setParameter("id", invoiceId));
  }

  @Override
  public void addRefunded(UUID invoiceId, Money amount) {
    EntityManager em = em();
    Writes.update(
        em,
        em.createQuery(
                "UPDATE Invoice i SET i.amountRefunded = i.amountRefunded + :amount"
                    + " WHERE i.id = :id")
            .setParameter("amount", amount.amount())
            .setParameter("id", invoiceId));
  }

  @Override
  public void insertAttempt(PaymentAttempt attempt) {
    Writes.insert(em(), PaymentAttemptEntity.of(attempt));
  }

  @Override
  public List<PaymentAttempt> findAttempts(UUID invoiceId) {
    return em()
        .createQuery(
            "SELECT a FROM PaymentAttempt a WHERE a.invoiceId = :invoice ORDER BY a.id",
            PaymentAttemptEntity.class)
        .setParameter("invoice", invoiceId)
        .getResultList()
        .stream()
        .map(PaymentAttemptEntity::toAttempt)
        .toList();
  }

  @Override
  public void insertCreditNote(CreditNote creditNote, UUID createdBy, String idempotencyKey) {
    Writes.insert(em(), CreditNoteEntity.of(creditNote, createdBy, idempotencyKey));
  }

  @Override
  public Optional<CreditNote> findCreditNote(UUID createdBy, String idempotencyKey) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    return em().createQuery(
            "SELECT c FROM CreditNote c WHERE c.createdBy = :createdBy AND c.idempotencyKey = :key",
            CreditNoteEntity.class)
        .setParameter("createdBy", createdBy)
        .setParameter("key", idempotencyKey)
        .getResultStream()
        .findFirst()
        .map(CreditNoteEntity::toCreditNote);
  }

  @Override
  public List<CreditNote> findCreditNotes(UUID invoiceId) {
    return em()
        .createQuery(
            "SELECT c FROM CreditNote c WHERE c.invoiceId = :invoice ORDER BY c.id",
            CreditNoteEntity.class)
        .setParameter("invoice", invoiceId)
        .getResultList()
        .stream()
        .map(CreditNoteEntity::toCreditNote)
        .toList();
  }
}
