package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * {@code POST /v1/subscriptions}, {@code GET|POST|DELETE /v1/subscriptions/{id}}, with Billing's
 * first invoice, {@code payment_behavior=error_if_incomplete} and prorations.
 */
final class SubscriptionRoutes implements Route {
  private static final long DAY = 86_400;

  private final StandInState state;
  private final Billing billing;
  private final SubscriptionObjects objects;
  private final SubscriptionChanges changes;

  SubscriptionRoutes(StandInState state, Billing billing) {
    this.state = state;
    this.billing = billing;
    this.objects = new SubscriptionObjects(state);
    this.changes = new SubscriptionChanges(state, billing);
  }

  @Override
  public Optional<StandInResponse> handle(RecordedRequest request) {
    if (Route.match(request, "POST", "/v1/subscriptions").isPresent()) {
      return Optional.of(create(request));
    }
    for (String method : List.of("GET", "POST", "DELETE")) {
      Optional<Matcher> one = Route.match(request, method, "/v1/subscriptions/([^/]+)");
      if (one.isPresent()) {
        ObjectNode subscription = state.subscriptions.get(one.get().group(1));
        if (subscription == null) {
          return Optional.of(StandInResponse.missing("subscription", one.get().group(1)));
        }
        return Optional.of(
            switch (method) {
              case "GET" -> StandInResponse.ok(subscription);
              case "POST" -> changes.update(subscription, request);
              default -> changes.cancel(subscription);
            });
      }
    }
    return Optional.empty();
  }

  private StandInResponse create(RecordedRequest request) {
    String customer = request.param("customer").orElse("");
    if (!state.customers.containsKey(customer)) {
      return missingParam("customer", customer);
    }
    String priceId = request.param("items[0][price]").orElse("");
    ObjectNode price = state.prices.get(priceId);
    if (price == null) {
      return missingParam("items[0][price]", priceId);
    }
    String paymentMethod = request.param("default_payment_method").orElse("");
    ObjectNode method = state.paymentMethods.get(paymentMethod);
    if (method == null || !customer.equals(method.path("customer").asText(null))) {
      return missingParam("default_payment_method", paymentMethod);
    }
    long trialDays = request.param("trial_period_days").map(Long::parseLong).orElse(0L);
    Optional<StandInResponse> declined =
        trialDays > 0 ? Optional.empty() : billing.decline(paymentMethod);
    if (declined.isPresent()) {
      // Only the adapter's behaviour is modelled: the 402 of error_if_incomplete, nothing kept.
      return request.param("payment_behavior").orElse("").equals("error_if_incomplete")
          ? declined.get()
          : StandInResponse.invalid(
              null, "payment_behavior", "stand-in models only error_if_incomplete");
    }
    long quantity = request.param("items[0][quantity]").map(Long::parseLong).orElse(1L);
    long trialEnd = trialDays > 0 ? state.now() + trialDays * DAY : 0;
    ObjectNode item = objects.item(price, quantity, trialEnd);
    ObjectNode subscription =
        objects.subscription(customer, paymentMethod, item, request.map("metadata"), trialEnd);
    state.subscriptions.put(subscription.get("id").asText(), subscription);
    long amount =
        trialDays > 0 ? 0 : Math.multiplyExact(price.get("unit_amount").asLong(), quantity);
    ObjectNode line =
        billing.line(
            subscription,
            item,
            quantity,
            amount,
            quantity + " × " + productName(price) + (trialDays > 0 ? " (trial)" : ""),
            false,
            item.get("current_period_start").asLong(),
            item.get("current_period_end").asLong());
    subscription.put(
        "latest_invoice", billing.invoice(subscription, "subscription_create", List.of(line)));
    return StandInResponse.ok(subscription);
  }

  private String productName(ObjectNode price) {
    ObjectNode product = state.products.get(price.get("product").asText());
    return product == null ? price.get("product").asText() : product.get("name").asText();
  }

  private static StandInResponse missingParam(String param, String id) {
    return StandInResponse.error(
        400,
        "invalid_request_error",
        "resource_missing",
        null,
        param,
        "No such object: '" + id + "'");
  }
}
