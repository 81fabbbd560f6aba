package org.openlicensing.integrations.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.integrations.pdf.TestInvoices.BUYER;
import static org.openlicensing.integrations.pdf.TestInvoices.SELLER;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceDocument;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.invoices.Tax;

class PdfInvoiceRendererTest {
  private final PdfInvoiceRenderer renderer = new PdfInvoiceRenderer();

  private String text(Invoice invoice) throws Exception {
    return PdfText.of(renderer.render(invoice).content());
  }

  @Test
  void isAPdfNamedForTheInvoiceNumber() {
    InvoiceDocument document = renderer.render(TestInvoices.fiveSeats());

    assertThat(document.filename()).isEqualTo("INV-2026-000042.pdf");
    assertThat(document.contentType()).isEqualTo("application/pdf");
    assertThat(new String(document.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void filenameOfANumberWithPathCharactersIsOneName() {
    assertThat(PdfInvoiceRenderer.filename("2026/42\\x")).isEqualTo("2026-42-x.pdf");
  }

  @Test
  void showsTheNumberDatesAndStatus() throws Exception {
    String text = text(TestInvoices.fiveSeats());

    assertThat(text)
        .contains("Invoice number INV-2026-000042")
        .contains("Issue date 2026-03-01")
        .contains("Status Paid on 2026-03-02")
        .contains("Billing period 2026-03-01 – 2026-04-01");
  }

  @Test
  void showsBothPartiesWithAddressCountryVatIdAndEmail() throws Exception {
    String text = text(TestInvoices.fiveSeats());

    assertThat(text)
        .contains(
            "OpenLicensing GmbH",
            "Invalidenstraße 117",
            "10115 Berlin",
            "Germany",
            "VAT ID DE123456789",
            "billing@openlicensing.example")
        .contains(
            "Acme Software AG",
            "Bahnhofstrasse 10",
            "8001 Zürich",
            "Austria",
            "VAT ID ATU12345678",
            "accounts@acme.example");
  }

  @Test
  void showsEachLineWithQuantityUnitPriceAndAmount() throws Exception {
    String text = text(TestInvoices.fiveSeats());

    assertThat(text).contains("Pro plan, monthly seats 5 49.00 EUR 245.00 EUR");
  }

  @Test
  void showsSubtotalVatTotalAndAmountPaid() throws Exception {
    String text = text(TestInvoices.fiveSeats());

    assertThat(text)
        .contains("Subtotal 245.00 EUR")
        .contains("VAT 19 % (DE) 46.55 EUR")
        .contains("Total 291.55 EUR")
        .contains("Amount paid 291.55 EUR")
        .doesNotContain("Amount due");
  }

  @Test
  void showsAFractionalRateWithItsDecimal() throws Exception {
    Invoice invoice =
        TestInvoices.paid(
            List.of(TestInvoices.line("Basic plan", 1, Money.of(10000, "EUR"))),
            Money.of(10000, "EUR"),
            TestInvoices.vat(1950, Money.of(1950, "EUR")),
            Money.of(11950, "EUR"),
            SELLER,
            BUYER);

    assertThat(text(invoice)).contains("VAT 19.5 % (DE) 19.50 EUR", "Total 119.50 EUR");
  }

  @Test
  void showsTheTaxNoteOfAReverseChargedInvoice() throws Exception {
    String note = "Reverse charge: the recipient accounts for the VAT (§ 19 UStG, AT).";
    Invoice invoice = reverseCharged(Optional.of(note));

    assertThat(text(invoice)).contains("VAT 0 % (AT, reverse charge) 0.00 EUR").contains(note);
  }

  @Test
  void showsTheReverseChargeNoticeWhenTheTaxCarriesNoNote() throws Exception {
    String text = text(reverseCharged(Optional.empty()));

    assertThat(text)
        .contains("Reverse charge: VAT to be accounted for by the recipient")
        .contains("Council Directive 2006/112/EC");
  }

  @Test
  void showsNoTaxNoteWhenThereIsNone() throws Exception {
    assertThat(text(TestInvoices.fiveSeats())).doesNotContain("Reverse charge");
  }

  @Test
  void showsACreditLineWithAMinus() throws Exception {
    Invoice invoice =
        TestInvoices.paid(
            List.of(
                TestInvoices.line("Enterprise plan", 2, Money.of(150000, "EUR")),
                TestInvoices.credit("Unused time on Pro plan", Money.of(-123450, "EUR"))),
            Money.of(176550, "EUR"),
            TestInvoices.vat(1900, Money.of(33545, "EUR")),
            Money.of(210095, "EUR"),
            SELLER,
            BUYER);

    assertThat(text(invoice))
        .contains("Enterprise plan 2 1,500.00 EUR 3,000.00 EUR")
        .contains("Unused time on Pro plan 1 -1,234.50 EUR -1,234.50 EUR")
        .contains("Subtotal 1,765.50 EUR")
        .contains("Total 2,100.95 EUR");
  }

  @Test
  void showsYenWithoutDecimals() throws Exception {
    Invoice invoice =
        TestInvoices.paid(
            List.of(TestInvoices.line("Pro plan", 3, Money.of(1500, "JPY"))),
            Money.of(4500, "JPY"),
            new Tax("JP", 1000, Money.of(450, "JPY"), false, Optional.empty()),
            Money.of(4950, "JPY"),
            SELLER,
            BUYER);

    assertThat(text(invoice))
        .contains("Pro plan 3 1,500 JPY 4,500 JPY")
        .contains("VAT 10 % (JP) 450 JPY")
        .contains("Total 4,950 JPY");
  }

  @Test
  void showsWhatIsStillDueOnAnOpenInvoice() throws Exception {
    Invoice paid = TestInvoices.fiveSeats();
    Invoice open =
        new Invoice(
            paid.id(),
            paid.number(),
            paid.organizationId(),
            paid.subscriptionId(),
            paid.reason(),
            InvoiceStatus.OPEN,
            paid.lines(),
            paid.subtotal(),
            paid.tax(),
            paid.total(),
            Money.of(0, "EUR"),
            Money.of(0, "EUR"),
            paid.seller(),
            paid.buyer(),
            paid.issuedAt(),
            Optional.empty(),
            Optional.empty());

    assertThat(text(open))
        .contains("Status Open, awaiting payment")
        .contains("Amount paid 0.00 EUR")
        .contains("Amount due 291.55 EUR");
  }

  private static Invoice reverseCharged(Optional<String> note) {
    return TestInvoices.paid(
        List.of(TestInvoices.line("Pro plan, monthly seats", 5, Money.of(4900, "EUR"))),
        Money.of(24500, "EUR"),
        TestInvoices.reverseCharge("EUR", note),
        Money.of(24500, "EUR"),
        SELLER,
        BUYER);
  }
}
