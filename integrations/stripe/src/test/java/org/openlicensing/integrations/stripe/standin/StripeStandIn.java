package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A local HTTP server that answers the Stripe endpoints the adapter uses in Stripe's documented
 * JSON, keeps state between calls, replays a repeated Idempotency-Key as Stripe does, and records
 * every request so that tests assert what was sent.
 */
public final class StripeStandIn implements AutoCloseable {
  static {
    // Without it, the JDK's server and the client's delayed ACKs cost about 40 ms per request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final String apiKey;
  private final HttpServer server;
  private final StandInState state;
  private final List<Route> routes;
  private final IdempotencyLayer idempotency = new IdempotencyLayer();
  private final Scripts scripts = new Scripts();
  private final List<RecordedRequest> requests = new ArrayList<>();

  private StripeStandIn(String apiKey, Instant now) throws IOException {
    this.apiKey = apiKey;
    this.state = new StandInState(now);
    Billing billing = new Billing(state);
    this.routes =
        List.of(
            new CustomerRoutes(state),
            new PaymentMethodRoutes(state),
            new PriceRoutes(state),
            new SubscriptionRoutes(state, billing),
            new InvoiceRoutes(state),
            new RefundRoutes(state),
            new MeterEventRoutes(state));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::exchange);
    server.start();
  }

  /** Accepts only {@code Authorization: Bearer <apiKey>}, as Stripe accepts only its own keys. */
  public static StripeStandIn start(String apiKey, Instant now) {
    try {
      return new StripeStandIn(apiKey, now);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the Stripe stand-in", e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public StandInState state() {
    return state;
  }

  /** The next request matching method and path answers {@code response}, before any effect. */
  public void failNext(String method, String pathRegex, StandInResponse response) {
    scripts.add(method, pathRegex, response);
  }

  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public List<RecordedRequest> requests(String method, String pathRegex) {
    return requests().stream()
        .filter(request -> request.method().equals(method) && request.path().matches(pathRegex))
        .toList();
  }

  public synchronized void clearRequests() {
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      RecordedRequest request = decode(exchange);
      synchronized (this) {
        requests.add(request);
      }
      write(exchange, answer(request));
    }
  }

  private synchronized StandInResponse answer(RecordedRequest request) {
    if (!request.header("Authorization").equals(Optional.of("Bearer " + apiKey))) {
      return StandInResponse.error(
          401, "invalid_request_error", null, null, null, "Invalid API Key provided: sk_test_****");
    }
    Optional<StandInResponse> scripted = scripts.take(request);
    if (scripted.isPresent()) {
      return scripted.get();
    }
    return idempotency.answer(request, () -> route(request));
  }

  private StandInResponse route(RecordedRequest request) {
    for (Route route : routes) {
      Optional<StandInResponse> response = route.handle(request);
      if (response.isPresent()) {
        return response.get();
      }
    }
    return StandInResponse.error(
        404,
        "invalid_request_error",
        null,
        null,
        null,
        "Unrecognized request URL (" + request.method() + ": " + request.path() + ")");
  }

  private static RecordedRequest decode(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> params =
        FormEncoding.decode(exchange.getRequestURI().getRawQuery(), body);
    Map<String, String> headers = new java.util.HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
    return new RecordedRequest(
        exchange.getRequestMethod(), exchange.getRequestURI().getPath(), params, headers);
  }

  private static void write(HttpExchange exchange, StandInResponse response) throws IOException {
    byte[] bytes;
    try {
      bytes = Fixtures.JSON.writeValueAsBytes(response.body());
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
