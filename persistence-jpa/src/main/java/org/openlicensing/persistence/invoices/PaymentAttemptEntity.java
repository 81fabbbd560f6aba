package org.openlicensing.persistence.invoices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.core.invoices.PaymentAttempt;

/** A row of {@code invoice_payment_attempts}. */
@Entity(name = "PaymentAttempt")
@Table(name = "invoice_payment_attempts")
public class PaymentAttemptEntity {
  @Id private UUID id;

  @Column(name = "invoice_id", nullable = false)
  private UUID invoiceId;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private boolean succeeded;

  @Column(name = "provider_payment_id")
  private String providerPaymentId;

  @Column(name = "failure_code")
  private String failureCode;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  protected PaymentAttemptEntity() {}

  static PaymentAttemptEntity of(PaymentAttempt attempt) {
    PaymentAttemptEntity e = new PaymentAttemptEntity();
    e.id = attempt.id();
    e.invoiceId = attempt.invoiceId();
    e.amount = attempt.amount().amount();
    e.currency = attempt.amount().currency().getCurrencyCode();
    e.succeeded = attempt.succeeded();
    e.providerPaymentId = attempt.providerPaymentId().orElse(null);
    e.failureCode = attempt.failureCode().orElse(null);
    e.attemptedAt = attempt.attemptedAt();
    return e;
  }

  PaymentAttempt toAttempt() {
    return new PaymentAttempt(
        id,
        invoiceId,
        Money.of(amount, currency),
        succeeded,
        Optional.ofNullable(providerPaymentId),
        Optional.ofNullable(failureCode),
        attemptedAt);
  }
}
