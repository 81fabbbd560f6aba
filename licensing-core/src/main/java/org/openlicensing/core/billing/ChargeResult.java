package org.openlicensing.core.billing;

/** What the gateway answered to a charge. */
public sealed interface ChargeResult {

  /** The money was collected. */
  record Paid(String paymentId) implements ChargeResult {}

  /** The card issuer said no, for example Stripe's decline code {@code generic_decline}. */
  record Declined(String declineCode, String message) implements ChargeResult {}

  /** The payment method does not exist or cannot be used. */
  record InvalidPaymentMethod(String message) implements ChargeResult {}
}
