package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the stand-in's Stripe account holds, kept between calls, and its clock. Tests read it to
 * check effects, and seed it with objects the adapter only fetches.
 */
public final class StandInState {
  final Map<String, ObjectNode> customers = new LinkedHashMap<>();
  final Map<String, ObjectNode> paymentMethods = new LinkedHashMap<>();
  final Map<String, ObjectNode> setupIntents = new LinkedHashMap<>();
  final Map<String, ObjectNode> products = new LinkedHashMap<>();
  final Map<String, ObjectNode> prices = new LinkedHashMap<>();
  final Map<String, ObjectNode> subscriptions = new LinkedHashMap<>();
  final Map<String, ObjectNode> invoices = new LinkedHashMap<>();

  /** Every line of each invoice; an invoice embeds only the first page of them. */
  final Map<String, List<ObjectNode>> invoiceLines = new LinkedHashMap<>();

  final List<ObjectNode> invoicePayments = new ArrayList<>();
  final Map<String, ObjectNode> charges = new LinkedHashMap<>();
  final Map<String, ObjectNode> refunds = new LinkedHashMap<>();

  /** Meter events by identifier: Stripe counts an identifier once. */
  final Map<String, ObjectNode> meterEvents = new LinkedHashMap<>();

  /** The test token (pm_card_...) each PaymentMethod made by attaching one was made from. */
  final Map<String, String> testTokens = new LinkedHashMap<>();

  private final Map<String, Integer> counters = new LinkedHashMap<>();
  private Instant now;

  StandInState(Instant start) {
    this.now = start;
    for (String testCard :
        List.of(
            "pm_card_visa",
            "pm_card_chargeDeclinedInsufficientFunds",
            "pm_card_authenticationRequired")) {
      addPaymentMethod(testCard);
    }
  }

  public synchronized long now() {
    return now.getEpochSecond();
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  synchronized String newId(String prefix) {
    int next = counters.merge(prefix, 1, Integer::sum);
    return prefix + "_standin" + String.format("%04d", next);
  }

  /** A card PaymentMethod attached to no customer yet, as Stripe.js would have created it. */
  public synchronized ObjectNode addPaymentMethod(String id) {
    ObjectNode method = Fixtures.copy("payment_method");
    method.put("id", id);
    method.putNull("customer");
    method.putObject("metadata");
    paymentMethods.put(id, method);
    return method;
  }

  /** The test token a PaymentMethod was made from, or its own id. */
  synchronized String testTokenOf(String paymentMethodId) {
    return testTokens.getOrDefault(paymentMethodId, paymentMethodId);
  }

  public synchronized Optional<ObjectNode> subscription(String id) {
    return Optional.ofNullable(subscriptions.get(id));
  }

  public synchronized Optional<ObjectNode> customer(String id) {
    return Optional.ofNullable(customers.get(id));
  }

  public synchronized Optional<ObjectNode> charge(String id) {
    return Optional.ofNullable(charges.get(id));
  }

  public synchronized Optional<ObjectNode> invoice(String id) {
    return Optional.ofNullable(invoices.get(id));
  }

  /** Every subscription, as a test finds the one that mirrors its own. */
  public synchronized List<ObjectNode> subscriptions() {
    return List.copyOf(subscriptions.values());
  }

  /** Every charge, as a test finds the one that paid an invoice. */
  public synchronized List<ObjectNode> charges() {
    return List.copyOf(charges.values());
  }

  /** The meter events Stripe counted, once per identifier, in the order they came. */
  public synchronized List<ObjectNode> meterEvents() {
    return List.copyOf(meterEvents.values());
  }

  public synchronized List<ObjectNode> prices() {
    return List.copyOf(prices.values());
  }

  public synchronized List<ObjectNode> products() {
    return List.copyOf(products.values());
  }

  /** Stores an invoice with all its lines, to be fetched; its {@code lines} is replaced. */
  public synchronized void putInvoice(ObjectNode invoice, List<ObjectNode> lines) {
    invoices.put(invoice.get("id").asText(), invoice);
    invoiceLines.put(invoice.get("id").asText(), new ArrayList<>(lines));
  }

  public synchronized void putInvoicePayment(ObjectNode invoicePayment) {
    invoicePayments.add(invoicePayment);
  }

  public synchronized void putCharge(ObjectNode charge) {
    charges.put(charge.get("id").asText(), charge);
  }

  /** Stripe's list object. */
  static ObjectNode list(String url, List<ObjectNode> data, boolean hasMore) {
    ObjectNode list = Fixtures.JSON.createObjectNode();
    list.put("object", "list");
    ArrayNode items = list.putArray("data");
    data.forEach(items::add);
    list.put("has_more", hasMore);
    list.put("url", url);
    return list;
  }
}
