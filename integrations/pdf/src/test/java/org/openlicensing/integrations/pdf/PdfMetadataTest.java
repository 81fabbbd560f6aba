package org.openlicensing.integrations.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.invoices.Invoice;

class PdfMetadataTest {
  private final PdfInvoiceRenderer renderer = new PdfInvoiceRenderer();

  @Test
  void describesItselfWithTheInvoiceNumberSellerAndIssueTime() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(renderer.render(TestInvoices.fiveSeats()).content())) {
      PDDocumentInformation info = pdf.getDocumentInformation();

      assertThat(info.getTitle()).isEqualTo("INV-2026-000042");
      assertThat(info.getAuthor()).isEqualTo("OpenLicensing GmbH");
      assertThat(info.getCreator()).isEqualTo("OpenLicensing");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(TestInvoices.ISSUED);
    }
  }

  @Test
  void theFileIdentifierIsTheInvoiceId() throws Exception {
    byte[] expected =
        ByteBuffer.allocate(16)
            .putLong(TestInvoices.ID.getMostSignificantBits())
            .putLong(TestInvoices.ID.getLeastSignificantBits())
            .array();

    try (PDDocument pdf = Loader.loadPDF(renderer.render(TestInvoices.fiveSeats()).content())) {
      var id = pdf.getDocument().getDocumentID();

      assertThat(id.size()).isEqualTo(2);
      assertThat(((COSString) id.getObject(0)).getBytes()).isEqualTo(expected);
      assertThat(((COSString) id.getObject(1)).getBytes()).isEqualTo(expected);
    }
  }

  @Test
  void renderingTheSameInvoiceTwiceGivesTheSameBytes() throws Exception {
    Invoice invoice = TestInvoices.fiveSeats();

    byte[] first = renderer.render(invoice).content();
    // Past the millisecond: a clock-derived identifier or date would now differ.
    Thread.sleep(5);
    byte[] second = renderer.render(invoice).content();

    assertThat(second).isEqualTo(first);
  }
}
