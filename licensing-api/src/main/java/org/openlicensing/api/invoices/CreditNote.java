package org.openlicensing.api.invoices;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;

/**
 * A refund of part or all of a paid invoice, with a number of its own series, such as {@code
 * CN-2026-000007}.
 *
 * @param amount the positive amount given back
 * @param providerRefundId the payment service's refund, such as Stripe's {@code re_...}
 */
public record CreditNote(
    UUID id,
    String number,
    UUID invoiceId,
    UUID organizationId,
    Money amount,
    String reason,
    Instant createdAt,
    Optional<String> providerRefundId) {
  public CreditNote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(amount, "amount");
    if (amount.amount() <= 0) {
      throw new IllegalArgumentException("a credit note gives back a positive amount");
    }
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(createdAt, "createdAt");
    providerRefundId = providerRefundId == null ? Optional.empty() : providerRefundId;
  }
}
