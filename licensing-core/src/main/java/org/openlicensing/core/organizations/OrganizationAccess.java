package org.openlicensing.core.organizations;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.core.accounts.AccountRepository;

/**
 * Answers who may act for an organization. An organization the account may not act for is
 * NOT_FOUND, exactly like one that does not exist, so that ids of other tenants reveal nothing.
 * Runs in the caller's transaction.
 */
public final class OrganizationAccess {
  private final AccountRepository accounts;
  private final OrganizationRepository organizations;

  public OrganizationAccess(AccountRepository accounts, OrganizationRepository organizations) {
    this.accounts = accounts;
    this.organizations = organizations;
  }

  /**
   * The organization the account buys for: the one asked for, if the account may manage its
   * billing, or its personal organization when none is asked for.
   */
  public UUID billingOrganization(UUID accountId, UUID requested) {
    if (requested == null) {
      return accounts
          .findById(accountId)
          .map(Account::personalOrganizationId)
          .orElseThrow(() -> LicensingException.notFound("account"));
    }
    if (!managesBilling(accountId, requested)) {
      throw LicensingException.notFound("organization");
    }
    return requested;
  }

  public boolean managesBilling(UUID accountId, UUID organizationId) {
    return organizations
        .roleOf(organizationId, accountId)
        .map(role -> role.managesBilling())
        .orElse(false);
  }

  public List<UUID> managedBy(UUID accountId) {
    return organizations.managedBy(accountId);
  }
}
