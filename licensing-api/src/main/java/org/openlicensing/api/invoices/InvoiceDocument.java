package org.openlicensing.api.invoices;

import java.util.Objects;

/** An invoice rendered for people: a PDF file, its name and media type. */
public record InvoiceDocument(String filename, String contentType, byte[] content) {
  public InvoiceDocument {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
