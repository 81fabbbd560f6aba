package org.openlicensing.persistence.invoices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.CreditNote;

/** A row of {@code credit_notes}, with the admin who made it and their idempotency key. */
@Entity(name = "CreditNote")
@Table(name = "credit_notes")
public class CreditNoteEntity {
  @Id private UUID id;

  @Column(nullable = false)
  private String number;

  @Column(name = "invoice_id", nullable = false)
  private UUID invoiceId;

  @Column(name = "organization_id", nullable = false)
  private UUID organizationId;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "provider_refund_id")
  private String providerRefundId;

  /** Null for a refund made at the payment service and mirrored. */
  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  protected CreditNoteEntity() {}

  static CreditNoteEntity of(CreditNote note, UUID createdBy, String idempotencyKey) {
    CreditNoteEntity e = new CreditNoteEntity();
    e.id = note.id();
    e.number = note.number();
    e.invoiceId = note.invoiceId();
    e.organizationId = note.organizationId();
    e.amount = note.amount().amount();
    e.currency = note.amount().currency().getCurrencyCode();
    e.reason = note.reason();
    e.createdAt = note.createdAt();
    e.providerRefundId = note.providerRefundId().orElse(null);
    e.createdBy = createdBy;
    e.idempotencyKey = idempotencyKey;
    return e;
  }

  CreditNote toCreditNote() {
    return new CreditNote(
        id,
        number,
        invoiceId,
        organizationId,
        Money.of(amount, currency),
        reason,
        createdAt,
        Optional.ofNullable(providerRefundId));
  }
}
