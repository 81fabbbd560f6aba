package org.openlicensing.integrations.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.invoices.Tax;
import org.openlicensing.core.invoices.MoneyText;

/**
 * The sums under the table (subtotal, VAT, total, what was paid, refunded and is still due) and the
 * tax note. The sums are kept together on one page, so a total never stands apart from its
 * subtotal.
 */
final class TotalsBlock {
  /**
   * What an EU invoice must say when the buyer accounts for the VAT (Article 226(11a) of Council
   * Directive 2006/112/EC), printed when the tax is reverse-charged and carries no note of its own.
   */
  static final String REVERSE_CHARGE_NOTICE =
      "Reverse charge: VAT to be accounted for by the recipient"
          + " (Article 196, Council Directive 2006/112/EC).";

  private static final int LABEL_X = PageCursor.RIGHT - 215;

  private record Row(String label, Money amount, Typeface face) {}

  private TotalsBlock() {}

  static void draw(PageCursor cursor, Invoice invoice) {
    List<Row> rows = rows(invoice);
    cursor.ensureSpace(rows.size() * TypeSizes.LEADING);
    for (Row row : rows) {
      cursor.text(row.label(), row.face(), TypeSizes.BODY, LABEL_X);
      cursor.textRight(
          MoneyText.format(row.amount()), row.face(), TypeSizes.BODY, PageCursor.RIGHT);
      cursor.down(TypeSizes.LEADING);
    }
    note(invoice.tax())
        .ifPresent(
            note -> {
              cursor.down(TypeSizes.LEADING);
              for (String line :
                  TextWrap.lines(note, Typeface.REGULAR, TypeSizes.BODY, PageCursor.WIDTH)) {
                cursor.ensureSpace(TypeSizes.LEADING);
                cursor.text(line, Typeface.REGULAR, TypeSizes.BODY, PageCursor.LEFT);
                cursor.down(TypeSizes.LEADING);
              }
            });
  }

  private static List<Row> rows(Invoice invoice) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("Subtotal", invoice.subtotal(), Typeface.REGULAR));
    rows.add(new Row(taxLabel(invoice.tax()), invoice.tax().amount(), Typeface.REGULAR));
    rows.add(new Row("Total", invoice.total(), Typeface.BOLD));
    rows.add(new Row("Amount paid", invoice.amountPaid(), Typeface.REGULAR));
    if (invoice.amountRefunded().amount() != 0) {
      rows.add(new Row("Amount refunded", invoice.amountRefunded(), Typeface.REGULAR));
    }
    Money due =
        new Money(
            Math.subtractExact(invoice.total().amount(), invoice.amountPaid().amount()),
            invoice.total().currency());
    if (invoice.status() == InvoiceStatus.OPEN && due.amount() > 0) {
      rows.add(new Row("Amount due", due, Typeface.BOLD));
    }
    return rows;
  }

  static String taxLabel(Tax tax) {
    String rate = "VAT " + RateFormat.percent(tax.rateBasisPoints()) + " (" + tax.country();
    return tax.reverseCharge() ? rate + ", reverse charge)" : rate + ")";
  }

  private static Optional<String> note(Tax tax) {
    if (tax.note().isPresent()) {
      return tax.note();
    }
    return tax.reverseCharge() ? Optional.of(REVERSE_CHARGE_NOTICE) : Optional.empty();
  }
}
