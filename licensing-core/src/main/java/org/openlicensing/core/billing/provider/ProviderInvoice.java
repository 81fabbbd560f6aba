package org.openlicensing.core.billing.provider;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice as the provider holds it now. Amounts are minor units of {@code currency}.
 *
 * @param status Stripe's invoice status: draft, open, paid, void, uncollectible
 * @param billingReason Stripe's {@code billing_reason}, such as {@code subscription_cycle}
 * @param paymentIntentId the payment that pays it, to refund against
 * @param reverseCharge whether the provider's tax calculation found the buyer to account for the
 *     VAT (Stripe: a tax whose {@code taxability_reason} is {@code reverse_charge})
 * @param hostedInvoiceUrl the provider's page where the customer pays or confirms the payment
 * @param nextPaymentAttempt when the provider tries to collect it again, if it will
 */
public record ProviderInvoice(
    String id,
    String customerId,
    Optional<String> subscriptionId,
    Optional<String> number,
    String status,
    String billingReason,
    Currency currency,
    long subtotal,
    long tax,
    long total,
    long amountPaid,
    long amountRemaining,
    List<ProviderInvoiceLine> lines,
    Optional<String> paymentIntentId,
    Instant created,
    Optional<Instant> paidAt,
    boolean reverseCharge,
    Optional<String> hostedInvoiceUrl,
    Optional<Instant> nextPaymentAttempt) {
  public ProviderInvoice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    subscriptionId = subscriptionId == null ? Optional.empty() : subscriptionId;
    number = number == null ? Optional.empty() : number;
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(billingReason, "billingReason");
    Objects.requireNonNull(currency, "currency");
    lines = List.copyOf(lines);
    paymentIntentId = paymentIntentId == null ? Optional.empty() : paymentIntentId;
    Objects.requireNonNull(created, "created");
    paidAt = paidAt == null ? Optional.empty() : paidAt;
    hostedInvoiceUrl = hostedInvoiceUrl == null ? Optional.empty() : hostedInvoiceUrl;
    nextPaymentAttempt = nextPaymentAttempt == null ? Optional.empty() : nextPaymentAttempt;
  }
}
