package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * {@code GET /v1/invoices/{id}} (lines' first page embedded, {@code expand[]=payments}), {@code GET
 * /v1/invoices/{id}/lines}, {@code GET /v1/invoice_payments} and {@code GET /v1/charges/{id}}.
 */
final class InvoiceRoutes implements Route {
  /** Stripe embeds the first ten lines of an invoice. */
  static final int EMBEDDED_LINES = 10;

  private final StandInState state;

  InvoiceRoutes(StandInState state) {
    this.state = state;
  }

  @Override
  public Optional<StandInResponse> handle(RecordedRequest request) {
    Optional<Matcher> lines = Route.match(request, "GET", "/v1/invoices/([^/]+)/lines");
    if (lines.isPresent()) {
      return Optional.of(lines(lines.get().group(1), request));
    }
    Optional<Matcher> invoice = Route.match(request, "GET", "/v1/invoices/([^/]+)");
    if (invoice.isPresent()) {
      return Optional.of(invoice(invoice.get().group(1), request));
    }
    if (Route.match(request, "GET", "/v1/invoice_payments").isPresent()) {
      return Optional.of(payments(request));
    }
    return Route.match(request, "GET", "/v1/charges/([^/]+)")
        .map(
            matcher -> {
              ObjectNode charge = state.charges.get(matcher.group(1));
              return charge == null
                  ? StandInResponse.missing("charge", matcher.group(1))
                  : StandInResponse.ok(charge);
            });
  }

  private StandInResponse invoice(String id, RecordedRequest request) {
    ObjectNode stored = state.invoices.get(id);
    if (stored == null) {
      return StandInResponse.missing("invoice", id);
    }
    ObjectNode invoice = stored.deepCopy();
    List<ObjectNode> all = state.invoiceLines.getOrDefault(id, List.of());
    invoice.set(
        "lines",
        StandInState.list(
            "/v1/invoices/" + id + "/lines",
            all.subList(0, Math.min(EMBEDDED_LINES, all.size())),
            all.size() > EMBEDDED_LINES));
    // payments is includable: present only when expanded.
    invoice.remove("payments");
    if (request.list("expand").contains("payments")) {
      invoice.set(
          "payments",
          StandInState.list(
              "/v1/invoice_payments?invoice=" + id,
              state.invoicePayments.stream()
                  .filter(p -> p.get("invoice").asText().equals(id))
                  .toList(),
              false));
    }
    return StandInResponse.ok(invoice);
  }

  private StandInResponse lines(String id, RecordedRequest request) {
    List<ObjectNode> all = state.invoiceLines.get(id);
    if (all == null) {
      return StandInResponse.missing("invoice", id);
    }
    int from = 0;
    Optional<String> after = request.param("starting_after");
    if (after.isPresent()) {
      while (from < all.size() && !all.get(from).get("id").asText().equals(after.get())) {
        from++;
      }
      from++;
    }
    int limit = request.param("limit").map(Integer::parseInt).orElse(10);
    int to = Math.min(all.size(), from + limit);
    List<ObjectNode> page = from >= all.size() ? List.of() : all.subList(from, to);
    return StandInResponse.ok(
        StandInState.list("/v1/invoices/" + id + "/lines", page, to < all.size()));
  }

  private StandInResponse payments(RecordedRequest request) {
    Optional<String> invoice = request.param("invoice");
    Optional<String> paymentIntent = request.param("payment[payment_intent]");
    Optional<String> type = request.param("payment[type]");
    int limit = request.param("limit").map(Integer::parseInt).orElse(10);
    List<ObjectNode> matching =
        state.invoicePayments.stream()
            .filter(p -> invoice.isEmpty() || p.get("invoice").asText().equals(invoice.get()))
            .filter(
                p -> type.isEmpty() || p.get("payment").path("type").asText().equals(type.get()))
            .filter(
                p ->
                    paymentIntent.isEmpty()
                        || p.get("payment")
                            .path("payment_intent")
                            .asText()
                            .equals(paymentIntent.get()))
            .toList();
    return StandInResponse.ok(
        StandInState.list(
            "/v1/invoice_payments",
            matching.subList(0, Math.min(limit, matching.size())),
            matching.size() > limit));
  }
}
