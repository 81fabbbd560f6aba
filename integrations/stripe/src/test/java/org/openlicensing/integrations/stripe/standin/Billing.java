package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * What Stripe Billing does when a subscription is created or changed: it makes an invoice and
 * charges the default payment method, which declines or not as Stripe's documented test
 * PaymentMethods do ({@code pm_card_chargeDeclinedInsufficientFunds}, {@code
 * pm_card_authenticationRequired}).
 */
final class Billing {
  private final StandInState state;

  Billing(StandInState state) {
    this.state = state;
  }

  /** Stripe's answer when the payment method cannot pay off-session, or empty when it can. */
  Optional<StandInResponse> decline(String paymentMethodId) {
    paymentMethodId = state.testTokenOf(paymentMethodId);
    if (paymentMethodId.contains("chargeDeclinedInsufficientFunds")) {
      return Optional.of(StandInResponse.cardDeclined("insufficient_funds"));
    }
    if (paymentMethodId.contains("chargeDeclined")) {
      return Optional.of(StandInResponse.cardDeclined("generic_decline"));
    }
    if (paymentMethodId.contains("authenticationRequired")) {
      return Optional.of(
          StandInResponse.error(
              402,
              "card_error",
              "authentication_required",
              "authentication_required",
              null,
              "Your card was declined. This transaction requires authentication."));
    }
    return Optional.empty();
  }

  /** A finalized, paid invoice of the subscription's lines; returns its id. */
  String invoice(ObjectNode subscription, String billingReason, List<ObjectNode> lines) {
    String id = state.newId("in");
    long total = lines.stream().mapToLong(line -> line.get("amount").asLong()).sum();
    long due = Math.max(0, total);
    String currency = lines.isEmpty() ? "usd" : lines.get(0).get("currency").asText();
    ObjectNode invoice = Fixtures.copy("invoice");
    invoice.put("id", id);
    invoice.put("customer", subscription.get("customer").asText());
    invoice.put("currency", currency);
    invoice.put("billing_reason", billingReason);
    invoice.put("status", "paid");
    invoice.put("number", "STANDIN-" + id.substring(id.length() - 4));
    invoice.put("created", state.now());
    invoice.put("effective_at", state.now());
    invoice.put("period_start", state.now());
    invoice.put("period_end", state.now());
    invoice.put("subtotal", total);
    invoice.put("subtotal_excluding_tax", total);
    invoice.put("total", total);
    invoice.put("total_excluding_tax", total);
    invoice.putArray("total_taxes");
    invoice.put("amount_due", due);
    invoice.put("amount_paid", due);
    invoice.put("amount_remaining", 0);
    invoice.put("amount_overpaid", 0);
    invoice.put("attempted", true);
    invoice.put("attempt_count", due > 0 ? 1 : 0);
    for (String absent :
        List.of(
            "from_invoice",
            "last_finalization_error",
            "shipping_cost",
            "due_date",
            "next_payment_attempt")) {
      invoice.putNull(absent);
    }
    ObjectNode parent = invoice.putObject("parent");
    parent.put("type", "subscription_details");
    parent.putNull("quote_details");
    ObjectNode details = parent.putObject("subscription_details");
    details.put("subscription", subscription.get("id").asText());
    details.set("metadata", subscription.get("metadata").deepCopy());
    ObjectNode transitions = (ObjectNode) invoice.get("status_transitions");
    transitions.put("finalized_at", state.now());
    transitions.put("paid_at", state.now());
    lines.forEach(line -> line.put("invoice", id));
    state.putInvoice(invoice, lines);
    if (due > 0) {
      pay(invoice, subscription.path("default_payment_method").asText(null), due);
    }
    return id;
  }

  /** A subscription line of an invoice; the invoice's id is set when the invoice is made. */
  ObjectNode line(
      ObjectNode subscription,
      ObjectNode item,
      long quantity,
      long amount,
      String description,
      boolean proration,
      long start,
      long end) {
    ObjectNode line = (ObjectNode) Fixtures.copy("invoice").get("lines").get("data").get(0);
    ObjectNode price = (ObjectNode) item.get("price");
    line.put("id", state.newId("il"));
    line.put("amount", amount);
    line.put("subtotal", amount);
    line.put("currency", price.get("currency").asText());
    line.put("description", description);
    line.put("quantity", quantity);
    line.put("subscription", subscription.get("id").asText());
    line.putArray("taxes");
    line.putArray("pretax_credit_amounts");
    ObjectNode period = (ObjectNode) line.get("period");
    period.put("start", start);
    period.put("end", end);
    ObjectNode parent = line.putObject("parent");
    parent.put("type", "subscription_item_details");
    parent.putNull("invoice_item_details");
    ObjectNode details = parent.putObject("subscription_item_details");
    details.putNull("invoice_item");
    details.put("proration", proration);
    details.putNull("proration_details");
    details.put("subscription", subscription.get("id").asText());
    details.put("subscription_item", item.get("id").asText());
    ObjectNode pricing = line.putObject("pricing");
    pricing.put("type", "price_details");
    pricing.put("unit_amount_decimal", price.get("unit_amount_decimal").asText());
    ObjectNode priceDetails = pricing.putObject("price_details");
    priceDetails.put("price", price.get("id").asText());
    priceDetails.put("product", price.get("product").asText());
    return line;
  }

  /**
   * The PaymentIntent, its succeeded Charge, and the InvoicePayment that ties it to the invoice.
   */
  private void pay(ObjectNode invoice, String paymentMethod, long amount) {
    String paymentIntent = state.newId("pi");
    ObjectNode charge = Fixtures.copy("charge");
    String chargeId = state.newId("ch");
    charge.put("id", chargeId);
    charge.put("amount", amount);
    charge.put("amount_captured", amount);
    charge.put("amount_refunded", 0);
    charge.put("captured", true);
    charge.put("refunded", false);
    charge.put("currency", invoice.get("currency").asText());
    charge.put("customer", invoice.get("customer").asText());
    charge.put("payment_intent", paymentIntent);
    charge.put("payment_method", paymentMethod);
    charge.put("created", state.now());
    charge.put("description", "Subscription creation");
    charge.putNull("source");
    charge.putNull("transfer_data");
    charge.set(
        "refunds", StandInState.list("/v1/charges/" + chargeId + "/refunds", List.of(), false));
    state.putCharge(charge);
    ObjectNode invoicePayment = Fixtures.copy("invoice_payment");
    invoicePayment.put("id", state.newId("inpay"));
    invoicePayment.put("invoice", invoice.get("id").asText());
    invoicePayment.put("amount_paid", amount);
    invoicePayment.put("amount_requested", amount);
    invoicePayment.put("currency", invoice.get("currency").asText());
    invoicePayment.put("created", state.now());
    invoicePayment.put("livemode", false);
    invoicePayment.put("status", "paid");
    ((ObjectNode) invoicePayment.get("payment")).put("payment_intent", paymentIntent);
    ((ObjectNode) invoicePayment.get("status_transitions")).put("paid_at", state.now());
    state.putInvoicePayment(invoicePayment);
  }
}
