package org.openlicensing.core.licenses;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.LicenseRecipient;
import org.openlicensing.api.licenses.LicenseService;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;
import org.openlicensing.core.support.Cursors;

/**
 * Licenses for their owners and holders: managers of an organization see all of its licenses,
 * members the ones assigned to them.
 */
public final class DefaultLicenseService implements LicenseService {
  public static final int MAX_PAGE_SIZE = 500;

  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final OrganizationAccess access;
  private final LicenseAssignment assignment;
  private final DeviceReset reset;

  public DefaultLicenseService(
      Transactions transactions,
      LicenseRepository licenses,
      OrganizationAccess access,
      LicenseAssignment assignment,
      DeviceReset reset) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.access = access;
    this.assignment = assignment;
    this.reset = reset;
  }

  @Override
  public LicenseView assign(Caller caller, UUID licenseId, UUID accountId, ClientInfo client) {
    return assignment.assign(caller, licenseId, LicenseRecipient.account(accountId), client);
  }

  @Override
  public LicenseView assign(Caller caller, UUID licenseId, LicenseRecipient to, ClientInfo client) {
    return assignment.assign(caller, licenseId, to, client);
  }

  @Override
  public LicenseView unassign(Caller caller, UUID licenseId, ClientInfo client) {
    return assignment.unassign(caller, licenseId, client);
  }

  @Override
  public LicenseView transfer(
      Caller caller, UUID licenseId, LicenseRecipient to, ClientInfo client) {
    return assignment.transfer(caller, licenseId, to, client);
  }

  @Override
  public LicenseView reset(Caller caller, UUID licenseId, ClientInfo client) {
    return reset.bySelfService(caller, licenseId, client);
  }

  @Override
  public Page<LicenseView> visibleTo(Caller caller, String cursor, int limit) {
    Cursors.requireLimit(limit, MAX_PAGE_SIZE);
    UUID after = Cursors.decodeId(cursor);
    List<LicenseView> page =
        transactions.inTransaction(
            () ->
                licenses.findVisible(
                    Callers.accountIdOf(caller),
                    access.visibleOrganizations(caller),
                    after,
                    limit + 1));
    return Cursors.page(page, limit, view -> Cursors.encodeId(view.license().id()));
  }

  @Override
  public LicenseView get(Caller caller, UUID licenseId) {
    return transactions
        .inTransaction(
            () ->
                licenses
                    .findView(licenseId)
                    .filter(
                        view ->
                            access.maySeeAll(caller, view.license().organizationId())
                                || isAssignee(caller, view)))
        .orElseThrow(() -> LicensingException.notFound("license"));
  }

  private static boolean isAssignee(Caller caller, LicenseView view) {
    UUID accountId = Callers.accountIdOf(caller);
    return accountId != null && view.license().assigneeId().equals(Optional.of(accountId));
  }
}
