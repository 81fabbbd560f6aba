package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** {@code GET /v1/prices} by lookup keys, {@code POST /v1/prices}, {@code POST /v1/products}. */
final class PriceRoutes implements Route {
  private final StandInState state;

  PriceRoutes(StandInState state) {
    this.state = state;
  }

  @Override
  public Optional<StandInResponse> handle(RecordedRequest request) {
    if (Route.match(request, "GET", "/v1/prices").isPresent()) {
      return Optional.of(list(request));
    }
    if (Route.match(request, "POST", "/v1/prices").isPresent()) {
      return Optional.of(createPrice(request));
    }
    if (Route.match(request, "POST", "/v1/products").isPresent()) {
      return Optional.of(createProduct(request));
    }
    return Optional.empty();
  }

  private StandInResponse list(RecordedRequest request) {
    List<String> keys = request.list("lookup_keys");
    Optional<Boolean> active = request.param("active").map(Boolean::parseBoolean);
    int limit = request.param("limit").map(Integer::parseInt).orElse(10);
    List<ObjectNode> matching =
        state.prices.values().stream()
            .filter(price -> keys.isEmpty() || keys.contains(price.path("lookup_key").asText(null)))
            .filter(price -> active.isEmpty() || price.get("active").asBoolean() == active.get())
            .toList();
    return StandInResponse.ok(
        StandInState.list(
            "/v1/prices",
            matching.subList(0, Math.min(limit, matching.size())),
            matching.size() > limit));
  }

  /** A product may be given its id; a second one with that id is resource_already_exists. */
  private StandInResponse createProduct(RecordedRequest request) {
    String id = request.param("id").orElseGet(() -> state.newId("prod"));
    if (state.products.containsKey(id)) {
      return StandInResponse.invalid("resource_already_exists", "id", "Product already exists.");
    }
    ObjectNode product = Fixtures.copy("product");
    product.put("id", id);
    product.put("name", request.param("name").orElse(null));
    product.put("created", state.now());
    product.put("updated", state.now());
    product.putNull("default_price");
    product.putNull("description");
    product.putNull("package_dimensions");
    product.put("type", "service");
    ObjectNode metadata = product.putObject("metadata");
    request.map("metadata").forEach(metadata::put);
    state.products.put(id, product);
    return StandInResponse.ok(product);
  }

  private StandInResponse createPrice(RecordedRequest request) {
    String product = request.param("product").orElse("");
    if (!state.products.containsKey(product)) {
      return StandInResponse.error(
          400,
          "invalid_request_error",
          "resource_missing",
          null,
          "product",
          "No such product: '" + product + "'");
    }
    Optional<String> lookupKey = request.param("lookup_key");
    Optional<ObjectNode> holder =
        lookupKey.flatMap(
            key ->
                state.prices.values().stream()
                    .filter(p -> key.equals(p.path("lookup_key").asText(null)))
                    .findFirst());
    if (holder.isPresent()) {
      if (!request.param("transfer_lookup_key").orElse("false").equals("true")) {
        return StandInResponse.invalid(
            null,
            "lookup_key",
            "A price (" + holder.get().get("id").asText() + ") already uses that lookup key.");
      }
      holder.get().putNull("lookup_key");
    }
    ObjectNode price = Fixtures.copy("price");
    price.put("id", state.newId("price"));
    price.put("product", product);
    price.put("created", state.now());
    price.put("currency", request.param("currency").orElseThrow());
    long unitAmount = Long.parseLong(request.param("unit_amount").orElseThrow());
    price.put("unit_amount", unitAmount);
    price.put("unit_amount_decimal", String.valueOf(unitAmount));
    price.put("lookup_key", lookupKey.orElse(null));
    price.put("nickname", request.param("nickname").orElse(null));
    price.putNull("transform_quantity");
    ObjectNode recurring = (ObjectNode) price.get("recurring");
    recurring.put("interval", request.param("recurring[interval]").orElseThrow());
    recurring.put(
        "interval_count", Long.parseLong(request.param("recurring[interval_count]").orElse("1")));
    ObjectNode metadata = price.putObject("metadata");
    request.map("metadata").forEach(metadata::put);
    state.prices.put(price.get("id").asText(), price);
    return StandInResponse.ok(price);
  }
}
