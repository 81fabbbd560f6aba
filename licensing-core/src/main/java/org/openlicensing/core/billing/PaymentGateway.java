package org.openlicensing.core.billing;

import java.util.Optional;
import org.openlicensing.api.catalog.Money;

/** Collects and returns money: the sandbox, or an adapter to a payment service such as Stripe. */
public interface PaymentGateway {

  ChargeResult charge(Charge charge);

  /**
   * Why a payment method cannot be used at all, such as an id that does not exist; empty when the
   * gateway cannot tell without charging it, or it looks usable.
   */
  default Optional<String> refusalOf(String paymentMethod) {
    return Optional.empty();
  }

  /** Returns money of a payment, for example when what it paid for could not be delivered. */
  void refund(String paymentId, Money amount, String idempotencyKey);
}
