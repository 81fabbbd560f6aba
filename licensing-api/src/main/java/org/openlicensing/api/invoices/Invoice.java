package org.openlicensing.api.invoices;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;

/**
 * An issued invoice. Its lines, parties and amounts never change once issued; only its status and
 * what was paid and refunded of it move on. Refunds are credit notes of their own.
 *
 * @param number sequential per calendar year, such as {@code INV-2026-000042}, without gaps
 * @param subtotal the sum of the lines
 * @param total subtotal plus tax
 * @param providerInvoiceId the payment service's id of the invoice it mirrors, such as Stripe's
 *     {@code in_...}; empty for invoices of the built-in billing
 */
public record Invoice(
    UUID id,
    String number,
    UUID organizationId,
    Optional<UUID> subscriptionId,
    InvoiceReason reason,
    InvoiceStatus status,
    List<InvoiceLine> lines,
    Money subtotal,
    Tax tax,
    Money total,
    Money amountPaid,
    Money amountRefunded,
    Party seller,
    Party buyer,
    Instant issuedAt,
    Optional<Instant> paidAt,
    Optional<String> providerInvoiceId) {
  public Invoice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(organizationId, "organizationId");
    subscriptionId = subscriptionId == null ? Optional.empty() : subscriptionId;
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(status, "status");
    lines = List.copyOf(lines);
    Objects.requireNonNull(subtotal, "subtotal");
    Objects.requireNonNull(tax, "tax");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(amountPaid, "amountPaid");
    Objects.requireNonNull(amountRefunded, "amountRefunded");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(issuedAt, "issuedAt");
    paidAt = paidAt == null ? Optional.empty() : paidAt;
    providerInvoiceId = providerInvoiceId == null ? Optional.empty() : providerInvoiceId;
  }

  /** What can still be refunded: what was paid, less what was refunded. */
  public Money refundable() {
    return new Money(amountPaid.amount() - amountRefunded.amount(), amountPaid.currency());
  }
}
