package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/subscriptions/{id}} (items, proration_behavior, cancel_at_period_end) and {@code
 * DELETE /v1/subscriptions/{id}}.
 */
final class SubscriptionChanges {
  private final StandInState state;
  private final Billing billing;

  SubscriptionChanges(StandInState state, Billing billing) {
    this.state = state;
    this.billing = billing;
  }

  StandInResponse update(ObjectNode subscription, RecordedRequest request) {
    if (subscription.get("status").asText().equals("canceled")) {
      return StandInResponse.invalid(
          null,
          null,
          "A canceled subscription can only update its cancellation_details and metadata.");
    }
    ObjectNode item = SubscriptionObjects.onlyItem(subscription);
    if (request.param("items[0][id]").isPresent()) {
      Optional<StandInResponse> refused = changeItem(subscription, item, request);
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    request
        .param("cancel_at_period_end")
        .map(Boolean::parseBoolean)
        .ifPresent(
            cancel -> {
              subscription.put("cancel_at_period_end", cancel);
              if (cancel) {
                subscription.put("cancel_at", item.get("current_period_end").asLong());
              } else {
                subscription.putNull("cancel_at");
              }
            });
    return StandInResponse.ok(subscription);
  }

  StandInResponse cancel(ObjectNode subscription) {
    if (subscription.get("status").asText().equals("canceled")) {
      return StandInResponse.invalid(null, null, "This subscription has already been canceled.");
    }
    subscription.put("status", "canceled");
    subscription.put("canceled_at", state.now());
    subscription.put("ended_at", state.now());
    subscription.put("cancel_at_period_end", false);
    subscription.putNull("cancel_at");
    return StandInResponse.ok(subscription);
  }

  /**
   * Applies quantity and price; with {@code always_invoice}, invoices the prorations at once: a
   * credit for the unused time of the old item and a charge for the rest of the period of the new.
   */
  private Optional<StandInResponse> changeItem(
      ObjectNode subscription, ObjectNode item, RecordedRequest request) {
    String itemId = request.param("items[0][id]").orElseThrow();
    if (!itemId.equals(item.get("id").asText())) {
      return Optional.of(
          StandInResponse.error(
              400,
              "invalid_request_error",
              "resource_missing",
              null,
              "items[0][id]",
              "No such subscription item: '" + itemId + "'"));
    }
    ObjectNode price = (ObjectNode) item.get("price");
    Optional<String> newPriceId = request.param("items[0][price]");
    if (newPriceId.isPresent()) {
      price = state.prices.get(newPriceId.get());
      if (price == null) {
        return Optional.of(
            StandInResponse.invalid("resource_missing", "items[0][price]", "No such price"));
      }
    }
    long oldQuantity = item.get("quantity").asLong();
    long quantity = request.param("items[0][quantity]").map(Long::parseLong).orElse(oldQuantity);
    long oldAmount = Math.multiplyExact(item.get("price").get("unit_amount").asLong(), oldQuantity);
    long newAmount = Math.multiplyExact(price.get("unit_amount").asLong(), quantity);
    String proration = request.param("proration_behavior").orElse("create_prorations");
    if (proration.equals("always_invoice") && newAmount > oldAmount) {
      Optional<StandInResponse> declined =
          billing.decline(subscription.get("default_payment_method").asText());
      if (declined.isPresent()
          && request.param("payment_behavior").orElse("").equals("error_if_incomplete")) {
        return declined;
      }
    }
    ObjectNode oldItem = item.deepCopy();
    item.put("quantity", quantity);
    SubscriptionObjects.setPrice(item, price);
    if (proration.equals("always_invoice") && newAmount != oldAmount) {
      invoiceProrations(subscription, oldItem, item, oldAmount, newAmount);
    }
    return Optional.empty();
  }

  private void invoiceProrations(
      ObjectNode subscription,
      ObjectNode oldItem,
      ObjectNode item,
      long oldAmount,
      long newAmount) {
    long start = item.get("current_period_start").asLong();
    long end = item.get("current_period_end").asLong();
    long now = state.now();
    long remaining = Math.max(0, end - now);
    long total = Math.max(1, end - start);
    ObjectNode credit =
        billing.line(
            subscription,
            oldItem,
            oldItem.get("quantity").asLong(),
            -(oldAmount * remaining / total),
            "Unused time on " + oldItem.get("quantity").asLong() + " × seat",
            true,
            now,
            end);
    ObjectNode charge =
        billing.line(
            subscription,
            item,
            item.get("quantity").asLong(),
            newAmount * remaining / total,
            "Remaining time on " + item.get("quantity").asLong() + " × seat",
            true,
            now,
            end);
    subscription.put(
        "latest_invoice",
        billing.invoice(subscription, "subscription_update", List.of(credit, charge)));
  }
}
