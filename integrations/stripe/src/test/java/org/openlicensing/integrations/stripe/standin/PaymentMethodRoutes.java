package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * {@code GET /v1/payment_methods/{id}}, {@code POST /v1/payment_methods/{id}/attach} and {@code
 * POST /v1/setup_intents}.
 */
final class PaymentMethodRoutes implements Route {
  private final StandInState state;

  PaymentMethodRoutes(StandInState state) {
    this.state = state;
  }

  @Override
  public Optional<StandInResponse> handle(RecordedRequest request) {
    if (Route.match(request, "POST", "/v1/setup_intents").isPresent()) {
      return Optional.of(setUp(request));
    }
    Optional<Matcher> attach = Route.match(request, "POST", "/v1/payment_methods/([^/]+)/attach");
    if (attach.isPresent()) {
      return Optional.of(attach(attach.get().group(1), request));
    }
    return Route.match(request, "GET", "/v1/payment_methods/([^/]+)")
        .map(
            matcher -> {
              ObjectNode method = state.paymentMethods.get(matcher.group(1));
              return method == null
                  ? StandInResponse.missing("payment_method", matcher.group(1))
                  : StandInResponse.ok(method);
            });
  }

  private StandInResponse setUp(RecordedRequest request) {
    String customer = request.param("customer").orElse(null);
    if (customer != null && !state.customers.containsKey(customer)) {
      return StandInResponse.missing("customer", customer);
    }
    ObjectNode intent = Fixtures.copy("setup_intent");
    String id = state.newId("seti");
    intent.put("id", id);
    intent.put(
        "client_secret", id + "_secret_" + Long.toHexString(id.hashCode() * 31L + state.now()));
    intent.put("created", state.now());
    intent.put("customer", customer);
    intent.put("usage", request.param("usage").orElse("off_session"));
    intent.put("status", "requires_payment_method");
    intent.putNull("last_setup_error");
    intent.putNull("next_action");
    boolean automatic =
        request.param("automatic_payment_methods[enabled]").orElse("false").equals("true");
    ObjectNode automaticMethods = intent.putObject("automatic_payment_methods");
    automaticMethods.put("enabled", automatic);
    ArrayNode types = intent.putArray("payment_method_types");
    List<String> requested = request.list("payment_method_types");
    (requested.isEmpty() ? List.of("card") : requested).forEach(types::add);
    state.setupIntents.put(id, intent);
    return StandInResponse.ok(intent);
  }

  private StandInResponse attach(String id, RecordedRequest request) {
    ObjectNode method = state.paymentMethods.get(id);
    if (method == null) {
      return StandInResponse.missing("payment_method", id);
    }
    String customer = request.param("customer").orElse("");
    if (!state.customers.containsKey(customer)) {
      return StandInResponse.missing("customer", customer);
    }
    if (id.startsWith("pm_card_")) {
      // As at Stripe: a test token attaches as a new PaymentMethod with an id of its own.
      ObjectNode made = method.deepCopy();
      String madeId = state.newId("pm");
      made.put("id", madeId);
      made.put("customer", customer);
      state.paymentMethods.put(madeId, made);
      state.testTokens.put(madeId, id);
      return StandInResponse.ok(made);
    }
    String attachedTo = method.path("customer").asText(null);
    if (attachedTo != null && !attachedTo.equals(customer)) {
      return StandInResponse.invalid(
          null, null, "The payment method you provided has already been attached to a customer.");
    }
    method.put("customer", customer);
    return StandInResponse.ok(method);
  }
}
