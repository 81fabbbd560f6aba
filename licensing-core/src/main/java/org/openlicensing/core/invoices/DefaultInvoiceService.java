package org.openlicensing.core.invoices;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceDocument;
import org.openlicensing.api.invoices.InvoiceService;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Cursors;

/** Invoices for those who see an organization's billing. */
public final class DefaultInvoiceService implements InvoiceService {
  private final Transactions transactions;
  private final InvoiceRepository invoices;
  private final OrganizationAccess access;
  private final InvoiceRenderer renderer;

  public DefaultInvoiceService(
      Transactions transactions,
      InvoiceRepository invoices,
      OrganizationAccess access,
      InvoiceRenderer renderer) {
    this.transactions = transactions;
    this.invoices = invoices;
    this.access = access;
    this.renderer = renderer;
  }

  @Override
  public Page<Invoice> list(Caller caller, UUID organizationId, String cursor, int limit) {
    Cursors.requireLimit(limit, MAX_PAGE_SIZE);
    UUID before = Cursors.decodeId(cursor);
    List<Invoice> rows =
        transactions.inTransaction(
            () -> {
              List<UUID> organizations;
              if (organizationId == null) {
                organizations = access.visibleOrganizations(caller);
              } else if (access.maySeeAll(caller, organizationId)) {
                organizations = List.of(organizationId);
              } else {
                throw LicensingException.notFound("organization");
              }
              return invoices.findByOrganizations(organizations, before, limit + 1);
            });
    return Cursors.page(rows, limit, invoice -> Cursors.encodeId(invoice.id()));
  }

  @Override
  public Invoice get(Caller caller, UUID invoiceId) {
    return transactions
        .inTransaction(
            () ->
                invoices
                    .findById(invoiceId)
                    .filter(invoice -> access.maySeeAll(caller, invoice.organizationId())))
        .orElseThrow(() -> LicensingException.notFound("invoice"));
  }

  @Override
  public InvoiceDocument document(Caller caller, UUID invoiceId) {
    return renderer.render(get(caller, invoiceId));
  }
}
