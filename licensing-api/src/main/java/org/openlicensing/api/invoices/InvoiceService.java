package org.openlicensing.api.invoices;

import java.util.UUID;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;

/**
 * The invoices of the organizations whose billing the caller may see: owners, admins and billing
 * managers, READ-scoped API keys, and platform admins. Others get NOT_FOUND, as for missing ones.
 */
public interface InvoiceService {
  int MAX_PAGE_SIZE = 100;

  /**
   * Newest first.
   *
   * @param organizationId one organization, or null for every one the caller sees in full
   */
  Page<Invoice> list(Caller caller, UUID organizationId, String cursor, int limit);

  Invoice get(Caller caller, UUID invoiceId);

  /** The invoice as a PDF. */
  InvoiceDocument document(Caller caller, UUID invoiceId);
}
