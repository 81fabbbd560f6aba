package org.openlicensing.integrations.pdf;

import java.nio.ByteBuffer;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.openlicensing.api.invoices.Invoice;

/**
 * What a PDF says about itself: title, author, dates and its file identifier, all taken from the
 * invoice. Left alone, PDFBox would derive the identifier from the current time, and the same
 * invoice would make a different file each time; taken from the invoice, a rendering can be
 * compared byte for byte and every invoice's file still has an identifier of its own.
 */
final class PdfMetadata {
  static final String CREATOR = "OpenLicensing";

  private PdfMetadata() {}

  static void describe(PDDocument document, Invoice invoice) {
    PDDocumentInformation info = new PDDocumentInformation();
    // PDF text strings hold any Unicode, so the metadata keeps the names the page degrades.
    info.setTitle(invoice.number());
    info.setAuthor(invoice.seller().name());
    info.setSubject("Invoice " + invoice.number() + " to " + invoice.buyer().name());
    info.setCreator(CREATOR);
    info.setProducer(CREATOR);
    Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    issued.setTimeInMillis(invoice.issuedAt().toEpochMilli());
    info.setCreationDate(issued);
    document.setDocumentInformation(info);
    document.getDocument().getTrailer().setItem(COSName.ID, fileIdentifier(invoice.id()));
  }

  // The two halves name the file as first written and as last changed: the same, as it never is.
  private static COSArray fileIdentifier(UUID invoiceId) {
    byte[] bytes =
        ByteBuffer.allocate(16)
            .putLong(invoiceId.getMostSignificantBits())
            .putLong(invoiceId.getLeastSignificantBits())
            .array();
    COSArray id = new COSArray();
    id.add(new COSString(bytes));
    id.add(new COSString(bytes));
    return id;
  }
}
