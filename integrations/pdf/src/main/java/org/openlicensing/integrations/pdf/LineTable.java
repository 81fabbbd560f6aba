package org.openlicensing.integrations.pdf;

import java.util.List;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.core.invoices.MoneyText;

/**
 * The lines of the invoice as a table of description, quantity, unit price and amount. Its column
 * titles are repeated at the top of every page it runs onto. A description wraps within its column;
 * the numbers stand on the row's first line, right-aligned.
 */
final class LineTable {
  private static final int DESCRIPTION_WIDTH = 245;
  private static final int QUANTITY_RIGHT = PageCursor.LEFT + DESCRIPTION_WIDTH + 45;
  private static final int UNIT_PRICE_RIGHT = QUANTITY_RIGHT + 100;
  private static final int AMOUNT_RIGHT = PageCursor.RIGHT;
  private static final int ROW_GAP = 4;

  private LineTable() {}

  static void draw(PageCursor cursor, List<InvoiceLine> lines) {
    // The titles and at least one line of the first row belong together.
    cursor.ensureSpace(2 * TypeSizes.LEADING + ROW_GAP);
    Runnable titles = () -> titles(cursor);
    titles.run();
    cursor.repeatOnNewPage(titles);
    for (InvoiceLine line : lines) {
      row(cursor, line);
    }
    cursor.repeatOnNewPage(() -> {});
    cursor.rule(PageCursor.LEFT, PageCursor.RIGHT);
    cursor.down(TypeSizes.LEADING);
  }

  private static void titles(PageCursor cursor) {
    cursor.text("Description", Typeface.BOLD, TypeSizes.BODY, PageCursor.LEFT);
    cursor.textRight("Qty", Typeface.BOLD, TypeSizes.BODY, QUANTITY_RIGHT);
    cursor.textRight("Unit price", Typeface.BOLD, TypeSizes.BODY, UNIT_PRICE_RIGHT);
    cursor.textRight("Amount", Typeface.BOLD, TypeSizes.BODY, AMOUNT_RIGHT);
    cursor.down(TypeSizes.LEADING);
    cursor.rule(PageCursor.LEFT, PageCursor.RIGHT);
    cursor.down(ROW_GAP);
  }

  private static void row(PageCursor cursor, InvoiceLine line) {
    List<String> description =
        TextWrap.lines(line.description(), Typeface.REGULAR, TypeSizes.BODY, DESCRIPTION_WIDTH);
    int height = description.size() * TypeSizes.LEADING + TypeSizes.SMALL_LEADING + ROW_GAP;
    // A row stays on one page unless it is taller than a page; then its lines flow on.
    cursor.ensureSpace(Math.min(height, PageCursor.usableHeight()));
    for (int i = 0; i < description.size(); i++) {
      cursor.ensureSpace(TypeSizes.LEADING);
      cursor.text(description.get(i), Typeface.REGULAR, TypeSizes.BODY, PageCursor.LEFT);
      if (i == 0) {
        numbers(cursor, line);
      }
      cursor.down(TypeSizes.LEADING);
    }
    cursor.ensureSpace(TypeSizes.SMALL_LEADING);
    cursor.text(
        IsoDates.period(line.periodStart(), line.periodEnd()),
        Typeface.REGULAR,
        TypeSizes.SMALL,
        PageCursor.LEFT);
    cursor.down(TypeSizes.SMALL_LEADING + ROW_GAP);
  }

  private static void numbers(PageCursor cursor, InvoiceLine line) {
    cursor.textRight(
        Long.toString(line.quantity()), Typeface.REGULAR, TypeSizes.BODY, QUANTITY_RIGHT);
    cursor.textRight(
        MoneyText.format(line.unitAmount()), Typeface.REGULAR, TypeSizes.BODY, UNIT_PRICE_RIGHT);
    cursor.textRight(
        MoneyText.format(line.amount()), Typeface.REGULAR, TypeSizes.BODY, AMOUNT_RIGHT);
  }
}
