package org.openlicensing.core.licenses;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.licenses.LicenseService;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;

/**
 * Licenses for their owners and holders: managers of an organization see all of its licenses,
 * members the ones assigned to them.
 */
public final class DefaultLicenseService implements LicenseService {
  public static final int MAX_PAGE_SIZE = 500;

  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final OrganizationAccess access;

  public DefaultLicenseService(
      Transactions transactions, LicenseRepository licenses, OrganizationAccess access) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.access = access;
  }

  @Override
  public Page<LicenseView> visibleTo(Caller caller, String cursor, int limit) {
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw LicensingException.invalid("limit", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    UUID after = cursor == null ? null : decodeCursor(cursor);
    List<LicenseView> page =
        transactions.inTransaction(
            () ->
                licenses.findVisible(
                    Callers.accountIdOf(caller),
                    access.visibleOrganizations(caller),
                    after,
                    limit + 1));
    if (page.size() <= limit) {
      return Page.of(page);
    }
    List<LicenseView> items = page.subList(0, limit);
    UUID last = items.get(limit - 1).license().id();
    return new Page<>(items, Optional.of(encodeCursor(last)));
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

  private static String encodeCursor(UUID id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static UUID decodeCursor(String cursor) {
    try {
      return UUID.fromString(
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw LicensingException.invalid("cursor", "is not a cursor of this list");
    }
  }
}
