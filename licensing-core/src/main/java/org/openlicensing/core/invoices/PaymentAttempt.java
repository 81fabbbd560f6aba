package org.openlicensing.core.invoices;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;

/**
 * One attempt to collect an invoice: paid with the gateway's payment id, or declined with its code.
 * Kept for every attempt, so that support sees the history of a dunning.
 */
public record PaymentAttempt(
    UUID id,
    UUID invoiceId,
    Money amount,
    boolean succeeded,
    Optional<String> providerPaymentId,
    Optional<String> failureCode,
    Instant attemptedAt) {
  public PaymentAttempt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(amount, "amount");
    providerPaymentId = providerPaymentId == null ? Optional.empty() : providerPaymentId;
    failureCode = failureCode == null ? Optional.empty() : failureCode;
    Objects.requireNonNull(attemptedAt, "attemptedAt");
    if (succeeded && providerPaymentId.isEmpty()) {
      throw new IllegalArgumentException("a successful payment has the gateway's id");
    }
  }
}
