package org.openlicensing.integrations.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceLine;

/** Invoices longer than a page run onto more pages and never write outside a page's margins. */
class PdfPaginationTest {
  private static final int LINES = 150;
  // A4 in points, and the margins the renderer keeps (with a point of slack for glyph boxes).
  private static final int PAGE_WIDTH = 595;
  private static final int PAGE_HEIGHT = 842;
  private static final int LEFT_MARGIN = 49;
  private static final int RIGHT_MARGIN = 546;

  private final PdfInvoiceRenderer renderer = new PdfInvoiceRenderer();

  private static String description(int i) {
    return String.format("Seat batch %03d", i);
  }

  private static Invoice manyLines() {
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 1; i <= LINES; i++) {
      lines.add(TestInvoices.line(description(i), 1, Money.of(1000, "EUR")));
    }
    return TestInvoices.paid(
        lines,
        Money.of(150000, "EUR"),
        TestInvoices.vat(1900, Money.of(28500, "EUR")),
        Money.of(178500, "EUR"),
        TestInvoices.SELLER,
        TestInvoices.BUYER);
  }

  @Test
  void aLongInvoiceHasSeveralPagesWithEveryLineExactlyOnce() throws Exception {
    byte[] pdf = renderer.render(manyLines()).content();

    List<String> pages = PdfText.pages(pdf);
    String text = String.join("\n", pages);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 1; i <= LINES; i++) {
      assertThat(PdfText.count(text, description(i))).as(description(i)).isEqualTo(1);
    }
    assertThat(PdfText.count(text, "Total 1,785.00 EUR")).isEqualTo(1);
  }

  @Test
  void everyPageAfterTheFirstSaysItContinuesAndRepeatsTheColumnTitles() throws Exception {
    List<String> pages = PdfText.pages(renderer.render(manyLines()).content());

    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      assertThat(page).as("page %d", i + 1).contains("Description Qty Unit price Amount");
      assertThat(page)
          .as("page %d", i + 1)
          .contains("INV-2026-000042 · Page " + (i + 1) + " of " + pages.size());
      if (i > 0) {
        assertThat(page).contains("Invoice INV-2026-000042 (continued)");
      }
    }
  }

  @Test
  void noTextIsWrittenOutsideThePageMargins() throws Exception {
    List<InvoiceLine> lines = new ArrayList<>();
    lines.add(TestInvoices.line("word ".repeat(400).strip(), 1, Money.of(1000, "EUR")));
    lines.add(TestInvoices.line("x".repeat(300), 1, Money.of(1000, "EUR")));
    for (int i = 1; i <= LINES; i++) {
      lines.add(TestInvoices.line(description(i), 1, Money.of(1000, "EUR")));
    }
    Invoice invoice =
        TestInvoices.paid(
            lines,
            Money.of(152000, "EUR"),
            TestInvoices.vat(1900, Money.of(28880, "EUR")),
            Money.of(180880, "EUR"),
            TestInvoices.SELLER,
            TestInvoices.BUYER);

    List<PdfText.Glyph> glyphs = PdfText.glyphs(renderer.render(invoice).content());

    assertThat(glyphs).isNotEmpty();
    assertThat(glyphs)
        .allSatisfy(
            g -> {
              assertThat(g.left()).as("left of %s", g).isGreaterThanOrEqualTo(LEFT_MARGIN);
              assertThat(g.right()).as("right of %s", g).isLessThanOrEqualTo(RIGHT_MARGIN);
              assertThat(g.top()).as("top of %s", g).isGreaterThanOrEqualTo(0);
              assertThat(g.bottom()).as("bottom of %s", g).isLessThanOrEqualTo(PAGE_HEIGHT);
              assertThat(g.right()).isLessThanOrEqualTo(PAGE_WIDTH);
            });
  }

  @Test
  void aDescriptionWiderThanItsColumnWrapsWithoutLosingWords() throws Exception {
    String description = "Enterprise plan seats for the research department ".repeat(8).strip();
    Invoice invoice =
        TestInvoices.paid(
            List.of(TestInvoices.line(description, 1, Money.of(1000, "EUR"))),
            Money.of(1000, "EUR"),
            TestInvoices.vat(1900, Money.of(190, "EUR")),
            Money.of(1190, "EUR"),
            TestInvoices.SELLER,
            TestInvoices.BUYER);

    String text = PdfText.of(renderer.render(invoice).content());

    String flowing = text.replaceAll("\\s+", " ");
    assertThat(PdfText.count(flowing, "research department")).isEqualTo(8);
    assertThat(text.lines().filter(l -> l.contains("research")).count()).isGreaterThan(1);
  }
}
