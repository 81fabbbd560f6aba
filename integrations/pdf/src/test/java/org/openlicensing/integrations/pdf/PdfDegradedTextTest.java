package org.openlicensing.integrations.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.Party;

/** Names outside Windows-1252 render, degraded as {@link WinAnsiText} documents. */
class PdfDegradedTextTest {
  private final PdfInvoiceRenderer renderer = new PdfInvoiceRenderer();

  private static Invoice between(Party seller, Party buyer, String description) {
    return TestInvoices.paid(
        List.of(TestInvoices.line(description, 1, Money.of(1000, "EUR"))),
        Money.of(1000, "EUR"),
        TestInvoices.vat(1900, Money.of(190, "EUR")),
        Money.of(1190, "EUR"),
        seller,
        buyer);
  }

  private static Party party(String name, String street, String country) {
    return new Party(name, List.of(street), country, Optional.empty(), Optional.empty());
  }

  @Test
  void polishAndDanishNamesRenderDegradedAsDocumented() throws Exception {
    Invoice invoice =
        between(
            party("Łódź Sp. z o.o.", "ul. Piotrkowska 1", "PL"),
            party("Ærøskøbing ApS", "Vestergade 1", "DK"),
            "Licencja dla Łódź");

    String text = PdfText.of(renderer.render(invoice).content());

    assertThat(text).contains("Lódz Sp. z o.o.", "Ærøskøbing ApS", "Licencja dla Lódz");
  }

  @Test
  void czechCyrillicAndChineseRenderWithoutFailing() throws Exception {
    Invoice invoice =
        between(
            party("Příbram s.r.o.", "Náměstí 5", "CZ"),
            party("ООО Ромашка", "ул. Ленина 1", "RU"),
            "许可证 – Pro");

    String text = PdfText.of(renderer.render(invoice).content());

    assertThat(text).contains("Príbram s.r.o.", "Námestí 5", "??? ???????", "??? – Pro");
  }

  @Test
  void theMetadataKeepsTheRealNames() throws Exception {
    Invoice invoice =
        between(party("Łódź Sp. z o.o.", "ul. Piotrkowska 1", "PL"), TestInvoices.BUYER, "Licence");

    try (PDDocument pdf = Loader.loadPDF(renderer.render(invoice).content())) {
      assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Łódź Sp. z o.o.");
    }
  }

  @Test
  void everyCharacterKeptAsItIsCanBeShownByTheFont() throws Exception {
    String all = WinAnsiText.allShowable();
    Invoice invoice = between(TestInvoices.SELLER, TestInvoices.BUYER, all);

    String text = PdfText.of(renderer.render(invoice).content());

    assertThat(all).contains("€", "Ÿ", "ž", "ÿ", "A", "~");
    assertThat(text).contains("€", "Ÿ", "ž", "ÿ");
  }
}
