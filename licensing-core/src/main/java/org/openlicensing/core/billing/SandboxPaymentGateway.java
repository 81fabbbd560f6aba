package org.openlicensing.core.billing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openlicensing.api.catalog.Money;

/**
 * The built-in gateway for trying the product without a payment service. It takes Stripe's
 * documented test PaymentMethod ids and answers as Stripe would: {@code pm_card_visa} and the other
 * plain card ids pay; {@code pm_card_chargeDeclined} and its variants are declined with Stripe's
 * decline codes; any other id does not exist. Like Stripe, it answers a repeated idempotency key
 * with the first answer.
 */
public final class SandboxPaymentGateway implements PaymentGateway {
  private static final Map<String, String> DECLINES =
      Map.of(
          "pm_card_chargeDeclined", "generic_decline",
          "pm_card_visa_chargeDeclined", "generic_decline",
          "pm_card_chargeDeclinedInsufficientFunds", "insufficient_funds",
          "pm_card_chargeDeclinedLostCard", "lost_card",
          "pm_card_chargeDeclinedStolenCard", "stolen_card",
          "pm_card_chargeDeclinedExpiredCard", "expired_card",
          "pm_card_chargeDeclinedIncorrectCvc", "incorrect_cvc",
          "pm_card_chargeDeclinedProcessingError", "processing_error",
          "pm_card_visa_chargeDeclinedFraudulent", "fraudulent",
          // Attaches to a customer, but every charge fails: renewals and dunning in tests.
          "pm_card_chargeCustomerFail", "generic_decline");
  private static final Set<String> PAYING =
      Set.of(
          "pm_card_visa",
          "pm_card_visa_debit",
          "pm_card_mastercard",
          "pm_card_mastercard_debit",
          "pm_card_mastercard_prepaid",
          "pm_card_amex",
          "pm_card_discover",
          "pm_card_diners",
          "pm_card_jcb",
          "pm_card_unionpay");

  private static final int REMEMBERED_KEYS = 10_000;

  /** The latest answers by idempotency key; Stripe, too, forgets keys after a while. */
  private final Map<String, ChargeResult> byIdempotencyKey =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ChargeResult> eldest) {
              return size() > REMEMBERED_KEYS;
            }
          });

  private final Map<String, Long> refundedByPayment = new ConcurrentHashMap<>();

  @Override
  public ChargeResult charge(Charge charge) {
    return byIdempotencyKey.computeIfAbsent(charge.idempotencyKey(), key -> decide(charge));
  }

  private static ChargeResult decide(Charge charge) {
    String method = charge.paymentMethod();
    if (PAYING.contains(method)) {
      return new ChargeResult.Paid("py_sandbox_" + UUID.randomUUID().toString().replace("-", ""));
    }
    String declineCode = DECLINES.get(method);
    if (declineCode != null) {
      return new ChargeResult.Declined(declineCode, "Your card was declined.");
    }
    return new ChargeResult.InvalidPaymentMethod("No such PaymentMethod: '" + method + "'");
  }

  @Override
  public Optional<String> refusalOf(String paymentMethod) {
    return PAYING.contains(paymentMethod) || DECLINES.containsKey(paymentMethod)
        ? Optional.empty()
        : Optional.of("No such PaymentMethod: '" + paymentMethod + "'");
  }

  @Override
  public void refund(String paymentId, Money amount, String idempotencyKey) {
    refundedByPayment.merge(paymentId, amount.amount(), Long::sum);
  }

  /** What the sandbox refunded of all payments together, in minor units; for tests. */
  public long totalRefunded() {
    return refundedByPayment.values().stream().mapToLong(Long::longValue).sum();
  }

  /** What the sandbox refunded of a payment, in minor units; for tests. */
  public long refunded(String paymentId) {
    return refundedByPayment.getOrDefault(paymentId, 0L);
  }
}
