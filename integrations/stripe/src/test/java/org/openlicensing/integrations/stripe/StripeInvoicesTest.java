package org.openlicensing.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.billing.provider.ProviderCharge;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.billing.provider.ProviderInvoice;
import org.openlicensing.core.billing.provider.ProviderRefund;
import org.openlicensing.core.billing.provider.ProviderSubscription;

class StripeInvoicesTest {
  private final StandInFixture fixture = new StandInFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void mirrorsTheFirstInvoiceWithItsLinePaymentIntentAndPaymentTime() {
    ProviderSubscription subscription = subscribed(3);

    ProviderInvoice invoice = fixture.provider.fetchInvoice(subscription.latestInvoiceId().get());

    assertThat(fixture.stripe.requests("GET", "/v1/invoices/.*").get(0).list("expand"))
        .containsExactly("payments");
    assertThat(invoice.customerId()).isEqualTo(subscription.customerId());
    assertThat(invoice.subscriptionId()).contains(subscription.id());
    assertThat(invoice.status()).isEqualTo("paid");
    assertThat(invoice.billingReason()).isEqualTo("subscription_create");
    assertThat(invoice.currency()).isEqualTo(Currency.getInstance("EUR"));
    assertThat(invoice.subtotal()).isEqualTo(4_500);
    assertThat(invoice.tax()).isZero();
    assertThat(invoice.total()).isEqualTo(4_500);
    assertThat(invoice.amountPaid()).isEqualTo(4_500);
    assertThat(invoice.amountRemaining()).isZero();
    assertThat(invoice.number()).isPresent();
    assertThat(invoice.created()).isEqualTo(StandInFixture.NOW);
    assertThat(invoice.paidAt()).contains(StandInFixture.NOW);
    assertThat(invoice.paymentIntentId()).contains(onlyCharge().get("payment_intent").asText());
    assertThat(invoice.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.quantity()).isEqualTo(3);
              assertThat(line.amount()).isEqualTo(4_500);
              assertThat(line.proration()).isFalse();
              assertThat(line.periodStart()).isEqualTo(subscription.currentPeriodStart());
              assertThat(line.periodEnd()).isEqualTo(subscription.currentPeriodEnd());
            });
  }

  /**
   * Stripe's own example invoice, with taxes, a first payment that failed and a second that paid,
   * and more lines than Stripe embeds (ten).
   */
  @Test
  void sumsTotalTaxesPicksThePaidPaymentAndFollowsLinePages() throws IOException {
    ObjectNode invoice = example("invoice");
    invoice.put("id", "in_seeded");
    invoice.put("status", "paid");
    invoice.put("currency", "eur");
    invoice.put("subtotal", 12_000);
    invoice.put("total", 14_280);
    invoice.put("amount_paid", 14_280);
    invoice.put("amount_remaining", 0);
    ObjectNode vat = invoice.putArray("total_taxes").addObject();
    vat.put("amount", 2_000);
    vat.put("tax_behavior", "exclusive");
    vat.put("taxability_reason", "standard_rated");
    vat.put("type", "tax_rate_details");
    invoice.withArray("total_taxes").addObject().put("amount", 280).put("type", "tax_rate_details");
    invoice.withObjectProperty("parent").put("type", "subscription_details");
    invoice
        .withObjectProperty("parent")
        .withObjectProperty("subscription_details")
        .put("subscription", "sub_seeded");
    invoice.withObjectProperty("status_transitions").put("paid_at", 1_767_225_600L);
    List<ObjectNode> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ObjectNode line = (ObjectNode) example("invoice").get("lines").get("data").get(0);
      line.put("id", "il_seeded" + i);
      line.put("amount", 1_000);
      line.withObjectProperty("parent")
          .put("type", i == 11 ? "invoice_item_details" : "subscription_item_details");
      line.withObjectProperty("parent")
          .withObjectProperty("subscription_item_details")
          .put("proration", i == 0);
      lines.add(line);
    }
    fixture.stripe.state().putInvoice(invoice, lines);
    fixture
        .stripe
        .state()
        .putInvoicePayment(payment("inpay_failed", "pi_failed", "canceled", false));
    fixture.stripe.state().putInvoicePayment(payment("inpay_paid", "pi_paid", "paid", true));

    ProviderInvoice mirrored = fixture.provider.fetchInvoice("in_seeded");

    assertThat(mirrored.tax()).isEqualTo(2_280);
    assertThat(mirrored.total()).isEqualTo(14_280);
    assertThat(mirrored.paymentIntentId()).contains("pi_paid");
    assertThat(mirrored.subscriptionId()).contains("sub_seeded");
    assertThat(mirrored.paidAt()).contains(Instant.ofEpochSecond(1_767_225_600L));
    assertThat(mirrored.billingReason()).isEqualTo("manual");
    assertThat(mirrored.lines()).hasSize(12);
    assertThat(mirrored.lines().stream().filter(line -> line.proration()).count())
        .as(
            "line 0 by its subscription item, line 11 by its invoice item (the fixture says proration)")
        .isEqualTo(2);
    assertThat(
            fixture
                .stripe
                .requests("GET", "/v1/invoices/in_seeded/lines")
                .get(0)
                .param("starting_after"))
        .contains("il_seeded9");
  }

  @Test
  void anInvoiceWithoutPaymentsHasNoPaymentIntent() {
    ProviderSubscription trial =
        fixture.provider.createSubscription(
            fixture.subscription(
                fixture.customerPaying("pm_card_visa"),
                "pm_card_visa",
                StandInFixture.PRO_MONTHLY,
                1,
                30),
            "trial");

    assertThat(fixture.provider.fetchInvoice(trial.latestInvoiceId().get()).paymentIntentId())
        .isEmpty();
  }

  @Test
  void readsAChargeAndFindsItsInvoiceThroughTheInvoicePayments() {
    ProviderSubscription subscription = subscribed(2);
    ObjectNode charge = onlyCharge();

    ProviderCharge read = fixture.provider.fetchCharge(charge.get("id").asText());

    var lookup = fixture.stripe.requests("GET", "/v1/invoice_payments").get(0);
    assertThat(lookup.param("payment[type]")).contains("payment_intent");
    assertThat(lookup.param("payment[payment_intent]"))
        .contains(charge.get("payment_intent").asText());
    assertThat(read.amount()).isEqualTo(3_000);
    assertThat(read.amountRefunded()).isZero();
    assertThat(read.paymentIntentId()).contains(charge.get("payment_intent").asText());
    assertThat(read.invoiceId()).isEqualTo(subscription.latestInvoiceId());
  }

  @Test
  void aChargeWithoutPaymentIntentHasNoInvoice() throws IOException {
    ObjectNode charge = example("charge");
    charge.put("id", "ch_legacy");
    fixture.stripe.state().putCharge(charge);

    ProviderCharge read = fixture.provider.fetchCharge("ch_legacy");

    assertThat(read.paymentIntentId()).isEmpty();
    assertThat(read.invoiceId()).isEmpty();
    assertThat(read.amount()).isEqualTo(100);
    assertThat(fixture.stripe.requests("GET", "/v1/invoice_payments")).isEmpty();
  }

  @Test
  void refundsPartOfAPaymentAndTheChargeShowsIt() {
    subscribed(2);
    ObjectNode charge = onlyCharge();
    String paymentIntent = charge.get("payment_intent").asText();

    ProviderRefund refund = fixture.provider.refund(paymentIntent, 1_200, "refund-1");

    var sent = fixture.stripe.requests("POST", "/v1/refunds").get(0);
    assertThat(sent.param("payment_intent")).contains(paymentIntent);
    assertThat(sent.param("amount")).contains("1200");
    assertThat(sent.header("Idempotency-Key")).contains("refund-1");
    assertThat(refund.id()).startsWith("re_");
    assertThat(refund.amount()).isEqualTo(1_200);
    assertThat(refund.status()).isEqualTo("succeeded");
    assertThat(fixture.provider.fetchCharge(charge.get("id").asText()).amountRefunded())
        .isEqualTo(1_200);
  }

  @Test
  void refundingTwiceWithOneKeyRefundsOnce() {
    subscribed(2);
    String paymentIntent = onlyCharge().get("payment_intent").asText();

    ProviderRefund first = fixture.provider.refund(paymentIntent, 1_000, "refund-once");
    ProviderRefund second = fixture.provider.refund(paymentIntent, 1_000, "refund-once");

    assertThat(second).isEqualTo(first);
    assertThat(fixture.provider.fetchCharge(onlyCharge().get("id").asText()).amountRefunded())
        .isEqualTo(1_000);
  }

  @Test
  void refundingMoreThanWasPaidIsAnInvalidRequestNamingTheAmount() {
    subscribed(1);
    String paymentIntent = onlyCharge().get("payment_intent").asText();

    assertThatThrownBy(() -> fixture.provider.refund(paymentIntent, 1_501, "too-much"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProviderException.Kind.INVALID_REQUEST);
              assertThat(e.param()).contains("amount");
            });
  }

  private ProviderSubscription subscribed(int seats) {
    String customer = fixture.customerPaying("pm_card_visa");
    return fixture.provider.createSubscription(
        fixture.subscription(customer, "pm_card_visa", StandInFixture.PRO_MONTHLY, seats, 0),
        "create");
  }

  private ObjectNode onlyCharge() {
    return fixture.stripe.state().charge("ch_standin0001").orElseThrow();
  }

  private static ObjectNode payment(
      String id, String paymentIntent, String status, boolean isDefault) throws IOException {
    ObjectNode payment = example("invoice_payment");
    payment.put("id", id);
    payment.put("invoice", "in_seeded");
    payment.put("status", status);
    payment.put("is_default", isDefault);
    payment.put("currency", "eur");
    payment
        .withObjectProperty("payment")
        .put("type", "payment_intent")
        .put("payment_intent", paymentIntent);
    return payment;
  }

  /** A fresh copy of Stripe's example object from the fixtures. */
  private static ObjectNode example(String resource) throws IOException {
    try (InputStream in = StripeInvoicesTest.class.getResourceAsStream("/stripe/fixtures3.json")) {
      return (ObjectNode) new ObjectMapper().readTree(in).get("resources").get(resource);
    }
  }
}
