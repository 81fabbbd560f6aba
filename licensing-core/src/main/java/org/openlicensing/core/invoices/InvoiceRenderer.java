package org.openlicensing.core.invoices;

import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceDocument;

/** Renders an issued invoice for people, as a PDF; an adapter implements it. */
public interface InvoiceRenderer {
  /** The document of the invoice, with every line, both parties, the tax and the totals. */
  InvoiceDocument render(Invoice invoice);
}
