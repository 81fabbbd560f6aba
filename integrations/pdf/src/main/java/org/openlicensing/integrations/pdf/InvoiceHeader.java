package org.openlicensing.integrations.pdf;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceLine;

/** The top of the first page: the title, the invoice's number, dates and status, both parties. */
final class InvoiceHeader {
  private static final int VALUE_X = PageCursor.LEFT + 90;
  private static final int COLUMN_GAP = 25;
  private static final int COLUMN_WIDTH = (PageCursor.WIDTH - COLUMN_GAP) / 2;

  private InvoiceHeader() {}

  static void draw(PageCursor cursor, Invoice invoice) {
    cursor.text("Invoice", Typeface.BOLD, TypeSizes.TITLE, PageCursor.LEFT);
    cursor.down(TypeSizes.TITLE + TypeSizes.LEADING);
    field(cursor, "Invoice number", invoice.number());
    field(cursor, "Issue date", IsoDates.day(invoice.issuedAt()));
    field(cursor, "Status", status(invoice));
    if (!invoice.lines().isEmpty()) {
      field(cursor, "Billing period", billingPeriod(invoice.lines()));
    }
    cursor.down(TypeSizes.LEADING);
    parties(cursor, invoice);
    cursor.down(TypeSizes.LEADING);
  }

  private static void field(PageCursor cursor, String label, String value) {
    cursor.text(label, Typeface.BOLD, TypeSizes.BODY, PageCursor.LEFT);
    cursor.text(value, Typeface.REGULAR, TypeSizes.BODY, VALUE_X);
    cursor.down(TypeSizes.LEADING);
  }

  private static String status(Invoice invoice) {
    return switch (invoice.status()) {
      case PAID -> invoice.paidAt().map(at -> "Paid on " + IsoDates.day(at)).orElse("Paid");
      case OPEN -> "Open, awaiting payment";
      case VOID -> "Void";
      case UNCOLLECTIBLE -> "Uncollectible";
    };
  }

  // Lines may cover different periods, prorations especially: the invoice spans all of them.
  private static String billingPeriod(List<InvoiceLine> lines) {
    Instant start =
        lines.stream().map(InvoiceLine::periodStart).min(Comparator.naturalOrder()).orElseThrow();
    Instant end =
        lines.stream().map(InvoiceLine::periodEnd).max(Comparator.naturalOrder()).orElseThrow();
    return IsoDates.period(start, end);
  }

  private static void parties(PageCursor cursor, Invoice invoice) {
    List<PartyBlock.Line> seller = PartyBlock.lines("From", invoice.seller(), COLUMN_WIDTH);
    List<PartyBlock.Line> buyer = PartyBlock.lines("Bill to", invoice.buyer(), COLUMN_WIDTH);
    int buyerX = PageCursor.LEFT + COLUMN_WIDTH + COLUMN_GAP;
    for (int i = 0; i < Math.max(seller.size(), buyer.size()); i++) {
      cursor.ensureSpace(TypeSizes.LEADING);
      if (i < seller.size()) {
        show(cursor, seller.get(i), PageCursor.LEFT);
      }
      if (i < buyer.size()) {
        show(cursor, buyer.get(i), buyerX);
      }
      cursor.down(TypeSizes.LEADING);
    }
  }

  private static void show(PageCursor cursor, PartyBlock.Line line, int x) {
    cursor.text(line.text(), line.face(), TypeSizes.BODY, x);
  }
}
