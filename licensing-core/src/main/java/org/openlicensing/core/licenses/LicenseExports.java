package org.openlicensing.core.licenses;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.Export;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;

/**
 * An organization's licenses and devices, exported for those who may read all of its licenses. Both
 * walk the index of the organization's licenses in id order, {@link #PAGE} at a time, each page in
 * a short transaction: a page of licenses costs two queries (the licenses with their holders'
 * addresses, then their device counts) and a page of devices two (the license ids, then their
 * active activations), whatever the organization's size.
 */
public final class LicenseExports {
  /** Rows per query: few round trips, and little held in memory at once. */
  static final int PAGE = 1_000;

  private final Transactions transactions;
  private final LicenseStores stores;
  private final OrganizationAccess access;
  private final AuditLog audit;

  public LicenseExports(
      Transactions transactions, LicenseStores stores, OrganizationAccess access, AuditLog audit) {
    this.transactions = transactions;
    this.stores = stores;
    this.access = access;
    this.audit = audit;
  }

  public Export<LicenseView> licenses(Caller caller, UUID organizationId, ClientInfo client) {
    admit(caller, organizationId, "organization.licenses_exported", client);
    List<UUID> organization = List.of(organizationId);
    return row -> {
      UUID after = null;
      List<LicenseView> page;
      do {
        UUID from = after;
        // No account: the organization's licenses only, not those assigned to the caller elsewhere.
        page =
            transactions.inTransaction(
                () -> stores.licenses().findVisible(null, organization, from, PAGE));
        page.forEach(row);
        after = page.isEmpty() ? null : page.get(page.size() - 1).license().id();
      } while (page.size() == PAGE);
    };
  }

  public Export<Activation> activations(Caller caller, UUID organizationId, ClientInfo client) {
    admit(caller, organizationId, "organization.activations_exported", client);
    return row -> {
      UUID after = null;
      List<UUID> licenses;
      do {
        UUID from = after;
        Page page =
            transactions.inTransaction(
                () -> {
                  List<UUID> ids =
                      stores.licenses().findIdsByOrganization(organizationId, from, PAGE);
                  return new Page(
                      ids,
                      ids.isEmpty() ? List.of() : stores.activations().findActiveByLicenses(ids));
                });
        page.activations().forEach(row);
        licenses = page.licenses();
        after = licenses.isEmpty() ? null : licenses.get(licenses.size() - 1);
      } while (licenses.size() == PAGE);
    };
  }

  /** A page of license ids, and the active activations of those licenses. */
  private record Page(List<UUID> licenses, List<Activation> activations) {}

  /**
   * Checked and audited when the export is asked for, so that a refusal comes before the first row
   * and every export that could hand out keys leaves a trace, whether or not it is read to the end.
   */
  private void admit(Caller caller, UUID organizationId, String action, ClientInfo client) {
    transactions.run(
        () -> {
          access.require(caller, organizationId, OrganizationPermission.VIEW_BILLING);
          audit.record(caller, AuditEntry.onOrganization(action, organizationId), client);
        });
  }
}
