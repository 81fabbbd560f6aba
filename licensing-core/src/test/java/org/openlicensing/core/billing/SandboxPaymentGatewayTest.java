package org.openlicensing.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.Money;

class SandboxPaymentGatewayTest {
  private final SandboxPaymentGateway gateway = new SandboxPaymentGateway();

  private static Charge charge(String paymentMethod, String key) {
    return new Charge(UUID.randomUUID(), Money.of(2900, "EUR"), paymentMethod, "Pro × 1", key);
  }

  @Test
  void theVisaTestCardPays() {
    assertThat(gateway.charge(charge("pm_card_visa", "k1"))).isInstanceOf(ChargeResult.Paid.class);
  }

  @Test
  void theDeclinedTestCardIsDeclinedWithStripesCode() {
    assertThat(gateway.charge(charge("pm_card_chargeDeclined", "k2")))
        .isEqualTo(new ChargeResult.Declined("generic_decline", "Your card was declined."));
    assertThat(gateway.charge(charge("pm_card_chargeDeclinedInsufficientFunds", "k3")))
        .isInstanceOfSatisfying(
            ChargeResult.Declined.class,
            d -> assertThat(d.declineCode()).isEqualTo("insufficient_funds"));
  }

  @Test
  void anUnknownPaymentMethodDoesNotExist() {
    assertThat(gateway.charge(charge("pm_made_up", "k4")))
        .isInstanceOf(ChargeResult.InvalidPaymentMethod.class);
  }

  @Test
  void aRepeatedIdempotencyKeyGetsTheFirstAnswer() {
    ChargeResult first = gateway.charge(charge("pm_card_visa", "same"));
    ChargeResult again = gateway.charge(charge("pm_card_chargeDeclined", "same"));

    assertThat(again).isEqualTo(first);
  }

  @Test
  void refundsAddUpPerPayment() {
    ChargeResult.Paid paid = (ChargeResult.Paid) gateway.charge(charge("pm_card_visa", "k5"));
    gateway.refund(paid.paymentId(), Money.of(900, "EUR"), "r1");
    gateway.refund(paid.paymentId(), Money.of(100, "EUR"), "r2");

    assertThat(gateway.refunded(paid.paymentId())).isEqualTo(1000);
  }
}
