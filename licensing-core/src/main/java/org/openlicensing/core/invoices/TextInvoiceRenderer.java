package org.openlicensing.core.invoices;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceDocument;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.api.invoices.Party;

/**
 * An invoice as plain text, for applications that embed the library without a PDF renderer: the
 * same content as the PDF, so that nothing the law asks of an invoice depends on the adapter.
 */
public final class TextInvoiceRenderer implements InvoiceRenderer {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  @Override
  public InvoiceDocument render(Invoice invoice) {
    StringBuilder out = new StringBuilder();
    out.append("Invoice ").append(invoice.number()).append('\n');
    out.append("Issued ").append(DAY.format(invoice.issuedAt())).append('\n');
    invoice.paidAt().ifPresent(at -> out.append("Paid ").append(DAY.format(at)).append('\n'));
    out.append("\nFrom\n");
    party(out, invoice.seller());
    out.append("\nTo\n");
    party(out, invoice.buyer());
    out.append('\n');
    for (InvoiceLine line : invoice.lines()) {
      out.append(line.description())
          .append(" (")
          .append(DAY.format(line.periodStart()))
          .append(" – ")
          .append(DAY.format(line.periodEnd()))
          .append("): ")
          .append(line.quantity())
          .append(" × ")
          .append(MoneyText.format(line.unitAmount()))
          .append(" = ")
          .append(MoneyText.format(line.amount()))
          .append('\n');
    }
    out.append("\nSubtotal ").append(MoneyText.format(invoice.subtotal())).append('\n');
    out.append("VAT ")
        .append(percent(invoice.tax().rateBasisPoints()))
        .append(" (")
        .append(invoice.tax().country())
        .append(") ")
        .append(MoneyText.format(invoice.tax().amount()))
        .append('\n');
    out.append("Total ").append(MoneyText.format(invoice.total())).append('\n');
    invoice.tax().note().ifPresent(note -> out.append('\n').append(note).append('\n'));
    return new InvoiceDocument(
        invoice.number() + ".txt",
        "text/plain; charset=UTF-8",
        out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void party(StringBuilder out, Party party) {
    out.append(party.name()).append('\n');
    party.address().forEach(line -> out.append(line).append('\n'));
    out.append(party.country()).append('\n');
    party.vatId().ifPresent(id -> out.append("VAT ").append(id).append('\n'));
  }

  /** 1900 → "19 %", 1950 → "19.5 %". */
  static String percent(int basisPoints) {
    String whole = Integer.toString(basisPoints / 100);
    int rest = basisPoints % 100;
    if (rest == 0) {
      return whole + " %";
    }
    String decimals = String.format("%02d", rest).replaceAll("0+$", "");
    return whole + "." + decimals + " %";
  }
}
