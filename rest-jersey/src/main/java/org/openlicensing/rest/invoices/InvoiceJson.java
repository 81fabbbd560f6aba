package org.openlicensing.rest.invoices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.invoices.Tax;
import org.openlicensing.rest.catalog.MoneyJson;

/** An invoice as billing managers see it, with a link to its PDF. */
public record InvoiceJson(
    UUID id,
    String number,
    UUID organizationId,
    UUID subscriptionId,
    String reason,
    String status,
    String currency,
    List<LineJson> lines,
    MoneyJson subtotal,
    TaxJson tax,
    MoneyJson total,
    MoneyJson amountPaid,
    MoneyJson amountRefunded,
    PartyJson seller,
    PartyJson buyer,
    Instant issuedAt,
    Instant paidAt,
    String pdf) {

  public record LineJson(
      String description,
      String kind,
      long quantity,
      MoneyJson unitAmount,
      MoneyJson amount,
      Instant periodStart,
      Instant periodEnd) {
    static LineJson of(InvoiceLine l) {
      return new LineJson(
          l.description(),
          l.kind().name(),
          l.quantity(),
          MoneyJson.of(l.unitAmount()),
          MoneyJson.of(l.amount()),
          l.periodStart(),
          l.periodEnd());
    }
  }

  /** The VAT; {@code rateBasisPoints} 1900 is 19 %. */
  public record TaxJson(
      String country, int rateBasisPoints, MoneyJson amount, boolean reverseCharge, String note) {
    static TaxJson of(Tax t) {
      return new TaxJson(
          t.country(),
          t.rateBasisPoints(),
          MoneyJson.of(t.amount()),
          t.reverseCharge(),
          t.note().orElse(null));
    }
  }

  public record PartyJson(
      String name, List<String> address, String country, String vatId, String email) {
    static PartyJson of(Party p) {
      return new PartyJson(
          p.name(), p.address(), p.country(), p.vatId().orElse(null), p.email().orElse(null));
    }
  }

  public static InvoiceJson of(Invoice i) {
    return new InvoiceJson(
        i.id(),
        i.number(),
        i.organizationId(),
        i.subscriptionId().orElse(null),
        i.reason().name(),
        i.status().name(),
        i.total().currency().getCurrencyCode(),
        i.lines().stream().map(LineJson::of).toList(),
        MoneyJson.of(i.subtotal()),
        TaxJson.of(i.tax()),
        MoneyJson.of(i.total()),
        MoneyJson.of(i.amountPaid()),
        MoneyJson.of(i.amountRefunded()),
        PartyJson.of(i.seller()),
        PartyJson.of(i.buyer()),
        i.issuedAt(),
        i.paidAt().orElse(null),
        "/v1/invoices/" + i.id() + "/pdf");
  }
}
