package org.openlicensing.core.invoices;

import org.openlicensing.api.catalog.Money;

/**
 * Returns money of an invoice's payment: the sandbox gateway, or the payment service that collected
 * it.
 */
@FunctionalInterface
public interface PaymentRefunds {

  /** Refunds part or all of the payment; the same key twice refunds once. */
  void refund(String paymentId, Money amount, String idempotencyKey);
}
