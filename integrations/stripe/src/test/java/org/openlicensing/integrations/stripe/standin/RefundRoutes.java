package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** {@code POST /v1/refunds} against a PaymentIntent's charge, at most what remains of it. */
final class RefundRoutes implements Route {
  private final StandInState state;

  RefundRoutes(StandInState state) {
    this.state = state;
  }

  @Override
  public Optional<StandInResponse> handle(RecordedRequest request) {
    return Route.match(request, "POST", "/v1/refunds").map(matcher -> refund(request));
  }

  private StandInResponse refund(RecordedRequest request) {
    String paymentIntent = request.param("payment_intent").orElse("");
    Optional<ObjectNode> found =
        state.charges.values().stream()
            .filter(charge -> paymentIntent.equals(charge.path("payment_intent").asText(null)))
            .findFirst();
    if (found.isEmpty()) {
      return StandInResponse.error(
          400,
          "invalid_request_error",
          "resource_missing",
          null,
          "payment_intent",
          "No such payment_intent: '" + paymentIntent + "'");
    }
    ObjectNode charge = found.get();
    long refundable = charge.get("amount").asLong() - charge.get("amount_refunded").asLong();
    long amount = request.param("amount").map(Long::parseLong).orElse(refundable);
    if (refundable == 0) {
      return StandInResponse.invalid(
          "charge_already_refunded",
          null,
          "Charge " + charge.get("id").asText() + " has already been refunded.");
    }
    if (amount > refundable) {
      return StandInResponse.invalid(
          "amount_too_large",
          "amount",
          "Refund amount is greater than unrefunded amount on charge.");
    }
    ObjectNode refund = Fixtures.copy("refund");
    refund.put("id", state.newId("re"));
    refund.put("amount", amount);
    refund.put("charge", charge.get("id").asText());
    refund.put("payment_intent", paymentIntent);
    refund.put("currency", charge.get("currency").asText());
    refund.put("created", state.now());
    refund.put("status", "succeeded");
    state.refunds.put(refund.get("id").asText(), refund);
    charge.put("amount_refunded", charge.get("amount_refunded").asLong() + amount);
    charge.put("refunded", charge.get("amount_refunded").asLong() == charge.get("amount").asLong());
    ((ArrayNode) charge.get("refunds").get("data")).add(refund.deepCopy());
    return StandInResponse.ok(refund);
  }
}
