package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Matcher;

/** {@code POST /v1/customers}, {@code GET|POST /v1/customers/{id}}. */
final class CustomerRoutes implements Route {
  private final StandInState state;

  CustomerRoutes(StandInState state) {
    this.state = state;
  }

  @Override
  public Optional<StandInResponse> handle(RecordedRequest request) {
    if (Route.match(request, "POST", "/v1/customers").isPresent()) {
      return Optional.of(create(request));
    }
    Optional<Matcher> one = Route.match(request, "GET", "/v1/customers/([^/]+)");
    if (one.isPresent()) {
      ObjectNode customer = state.customers.get(one.get().group(1));
      return Optional.of(
          customer == null
              ? StandInResponse.missing("customer", one.get().group(1))
              : StandInResponse.ok(customer));
    }
    Optional<Matcher> update = Route.match(request, "POST", "/v1/customers/([^/]+)");
    return update.map(matcher -> update(matcher.group(1), request));
  }

  private StandInResponse create(RecordedRequest request) {
    ObjectNode customer = Fixtures.copy("customer");
    customer.put("id", state.newId("cus"));
    customer.put("created", state.now());
    customer.putNull("discount");
    customer.put("name", request.param("name").orElse(null));
    customer.put("email", request.param("email").orElse(null));
    ObjectNode metadata = customer.putObject("metadata");
    request.map("metadata").forEach(metadata::put);
    ((ObjectNode) customer.get("address"))
        .put("country", request.param("address[country]").orElse(null));
    state.customers.put(customer.get("id").asText(), customer);
    return StandInResponse.ok(customer);
  }

  /**
   * Only the default payment method of invoices, which must belong to the customer, as at Stripe.
   */
  private StandInResponse update(String id, RecordedRequest request) {
    ObjectNode customer = state.customers.get(id);
    if (customer == null) {
      return StandInResponse.missing("customer", id);
    }
    Optional<String> method = request.param("invoice_settings[default_payment_method]");
    if (method.isPresent()) {
      ObjectNode paymentMethod = state.paymentMethods.get(method.get());
      if (paymentMethod == null || !id.equals(paymentMethod.path("customer").asText(null))) {
        return StandInResponse.error(
            400,
            "invalid_request_error",
            "resource_missing",
            null,
            "invoice_settings[default_payment_method]",
            "The customer does not have a payment method with the ID " + method.get() + ".");
      }
      ((ObjectNode) customer.get("invoice_settings")).put("default_payment_method", method.get());
    }
    return StandInResponse.ok(customer);
  }
}
