package org.openlicensing.integrations.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceDocument;
import org.openlicensing.core.invoices.InvoiceRenderer;

/**
 * Renders an invoice as an A4 PDF with Apache PDFBox: the header with both parties, the table of
 * lines over as many pages as it needs, the sums and the tax note. The same invoice always gives
 * the same bytes (see {@link PdfMetadata}). Text outside Windows-1252 is degraded as {@link
 * WinAnsiText} says.
 */
public final class PdfInvoiceRenderer implements InvoiceRenderer {
  static final String CONTENT_TYPE = "application/pdf";

  @Override
  public InvoiceDocument render(Invoice invoice) {
    try (PDDocument document = new PDDocument()) {
      PdfMetadata.describe(document, invoice);
      PageCursor cursor = new PageCursor(document, invoice.number());
      InvoiceHeader.draw(cursor, invoice);
      LineTable.draw(cursor, invoice.lines());
      TotalsBlock.draw(cursor, invoice);
      cursor.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return new InvoiceDocument(filename(invoice.number()), CONTENT_TYPE, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the PDF of invoice " + invoice.number(), e);
    }
  }

  // The name is offered to whoever saves the file: a number with a slash in it must not make it
  // a path.
  static String filename(String number) {
    return number.replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf";
  }
}
