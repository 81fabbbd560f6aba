package org.openlicensing.integrations.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.api.invoices.InvoiceLineKind;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.invoices.Tax;

/** Invoices to render, each built from values the test states. */
final class TestInvoices {
  static final UUID ID = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");
  static final String NUMBER = "INV-2026-000042";
  static final Instant ISSUED = Instant.parse("2026-03-01T09:30:00Z");
  static final Instant PAID = Instant.parse("2026-03-02T10:00:00Z");
  static final Instant PERIOD_START = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant PERIOD_END = Instant.parse("2026-04-01T00:00:00Z");

  static final Party SELLER =
      new Party(
          "OpenLicensing GmbH",
          List.of("Invalidenstraße 117", "10115 Berlin"),
          "DE",
          Optional.of("DE123456789"),
          Optional.of("billing@openlicensing.example"));
  static final Party BUYER =
      new Party(
          "Acme Software AG",
          List.of("Bahnhofstrasse 10", "8001 Zürich"),
          "AT",
          Optional.of("ATU12345678"),
          Optional.of("accounts@acme.example"));

  private TestInvoices() {}

  static InvoiceLine line(String description, long quantity, Money unit) {
    return new InvoiceLine(
        description,
        InvoiceLineKind.SUBSCRIPTION,
        quantity,
        unit,
        unit.times(quantity),
        PERIOD_START,
        PERIOD_END);
  }

  static InvoiceLine credit(String description, Money amount) {
    return new InvoiceLine(
        description, InvoiceLineKind.CREDIT, 1, amount, amount, PERIOD_START, PERIOD_END);
  }

  static Tax vat(int basisPoints, Money amount) {
    return new Tax("DE", basisPoints, amount, false, Optional.empty());
  }

  static Tax reverseCharge(String currency, Optional<String> note) {
    return new Tax("AT", 0, Money.of(0, currency), true, note);
  }

  /** A paid invoice of the lines, from the seller to the buyer, with the given sums. */
  static Invoice paid(
      List<InvoiceLine> lines, Money subtotal, Tax tax, Money total, Party seller, Party buyer) {
    return new Invoice(
        ID,
        NUMBER,
        UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8058"),
        Optional.empty(),
        InvoiceReason.SUBSCRIPTION_CREATE,
        InvoiceStatus.PAID,
        lines,
        subtotal,
        tax,
        total,
        total,
        new Money(0, total.currency()),
        seller,
        buyer,
        ISSUED,
        Optional.of(PAID),
        Optional.empty());
  }

  /** 5 seats at 49.00 EUR with 19 % VAT: 245.00 + 46.55 = 291.55 EUR. */
  static Invoice fiveSeats() {
    return paid(
        List.of(line("Pro plan, monthly seats", 5, Money.of(4900, "EUR"))),
        Money.of(24500, "EUR"),
        vat(1900, Money.of(4655, "EUR")),
        Money.of(29155, "EUR"),
        SELLER,
        BUYER);
  }
}
