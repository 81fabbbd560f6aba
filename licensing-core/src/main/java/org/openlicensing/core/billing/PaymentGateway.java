package org.openlicensing.core.billing;

import org.openlicensing.api.catalog.Money;

/** Collects and returns money: the sandbox, or an adapter to a payment service such as Stripe. */
public interface PaymentGateway {

  ChargeResult charge(Charge charge);

  /** Returns money of a payment, for example when what it paid for could not be delivered. */
  void refund(String paymentId, Money amount, String idempotencyKey);
}
