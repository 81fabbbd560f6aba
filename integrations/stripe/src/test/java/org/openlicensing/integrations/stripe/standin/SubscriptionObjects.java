package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Subscription and subscription item objects built from Stripe's fixtures. Since API version basil
 * the current period is on each item ({@code items.data[].current_period_start/end}), not on the
 * subscription.
 */
final class SubscriptionObjects {
  private final StandInState state;

  SubscriptionObjects(StandInState state) {
    this.state = state;
  }

  ObjectNode subscription(
      String customer,
      String paymentMethod,
      ObjectNode item,
      Map<String, String> metadata,
      long trialEnd) {
    ObjectNode subscription = Fixtures.copy("subscription");
    String id = state.newId("sub");
    subscription.put("id", id);
    subscription.put("customer", customer);
    subscription.put("default_payment_method", paymentMethod);
    subscription.put("created", state.now());
    subscription.put("start_date", state.now());
    subscription.put("billing_cycle_anchor", item.get("current_period_end").asLong());
    subscription.put("cancel_at_period_end", false);
    subscription.put("currency", item.get("price").get("currency").asText());
    for (String absent :
        List.of(
            "cancel_at",
            "canceled_at",
            "ended_at",
            "pending_update",
            "pause_collection",
            "transfer_data",
            "schedule",
            "latest_invoice",
            "next_pending_invoice_item_invoice",
            "billing_cycle_anchor_config",
            "pending_invoice_item_interval")) {
      subscription.putNull(absent);
    }
    if (trialEnd > 0) {
      subscription.put("status", "trialing");
      subscription.put("trial_start", state.now());
      subscription.put("trial_end", trialEnd);
    } else {
      subscription.put("status", "active");
      subscription.putNull("trial_start");
      subscription.putNull("trial_end");
    }
    ObjectNode data = subscription.putObject("metadata");
    metadata.forEach(data::put);
    item.put("subscription", id);
    subscription.set(
        "items",
        StandInState.list("/v1/subscription_items?subscription=" + id, List.of(item), false));
    return subscription;
  }

  /** An item of {@code quantity} of {@code price}, its period starting now. */
  ObjectNode item(ObjectNode price, long quantity, long trialEnd) {
    ObjectNode item = Fixtures.copy("subscription_item");
    item.put("id", state.newId("si"));
    item.put("created", state.now());
    item.put("quantity", quantity);
    item.putObject("metadata");
    item.putNull("billing_thresholds");
    setPrice(item, price);
    item.put("current_period_start", state.now());
    item.put("current_period_end", trialEnd > 0 ? trialEnd : periodEnd(state.now(), price));
    return item;
  }

  /** The item's price, and the legacy plan object Stripe still answers beside it. */
  static void setPrice(ObjectNode item, ObjectNode price) {
    item.set("price", price.deepCopy());
    ObjectNode plan = item.putObject("plan");
    plan.put("id", price.get("id").asText());
    plan.put("object", "plan");
    plan.put("active", true);
    plan.put("amount", price.get("unit_amount").asLong());
    plan.put("amount_decimal", price.get("unit_amount_decimal").asText());
    plan.put("billing_scheme", "per_unit");
    plan.put("currency", price.get("currency").asText());
    plan.put("interval", price.get("recurring").get("interval").asText());
    plan.put("interval_count", price.get("recurring").get("interval_count").asLong());
    plan.put("product", price.get("product").asText());
    plan.put("usage_type", "licensed");
    plan.put("livemode", false);
  }

  static ObjectNode onlyItem(ObjectNode subscription) {
    return (ObjectNode) subscription.get("items").get("data").get(0);
  }

  /** One interval later on the calendar, in UTC, as Stripe bills. */
  static long periodEnd(long start, ObjectNode price) {
    var startTime = Instant.ofEpochSecond(start).atOffset(ZoneOffset.UTC);
    long count = price.get("recurring").get("interval_count").asLong();
    return switch (price.get("recurring").get("interval").asText()) {
      case "year" -> startTime.plusYears(count).toEpochSecond();
      case "month" -> startTime.plusMonths(count).toEpochSecond();
      case "week" -> startTime.plusWeeks(count).toEpochSecond();
      default -> startTime.plusDays(count).toEpochSecond();
    };
  }
}
