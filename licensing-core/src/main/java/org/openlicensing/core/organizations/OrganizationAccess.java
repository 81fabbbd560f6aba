package org.openlicensing.core.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.accounts.AccountRepository;

/**
 * Answers who may act for an organization. To a caller with no standing in it, an organization is
 * NOT_FOUND, exactly like one that does not exist, so that ids of other tenants reveal nothing; a
 * member whose role does not allow the action is FORBIDDEN. Runs in the caller's transaction.
 */
public final class OrganizationAccess {
  private final AccountRepository accounts;
  private final OrganizationRepository organizations;

  public OrganizationAccess(AccountRepository accounts, OrganizationRepository organizations) {
    this.accounts = accounts;
    this.organizations = organizations;
  }

  /**
   * The organization the caller buys for: the one asked for, if the caller may manage its billing;
   * without one, an account's personal organization or an API key's own.
   */
  public UUID billingOrganization(Caller caller, UUID requested) {
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      UUID own = apiKey.key().organizationId();
      if (requested != null && !requested.equals(own)) {
        throw LicensingException.notFound("organization");
      }
      requireScope(apiKey, own, ApiKeyScope.WRITE);
      return own;
    }
    UUID accountId = accountOf(caller);
    if (requested == null) {
      return accounts
          .findById(accountId)
          .map(Account::personalOrganizationId)
          .orElseThrow(() -> LicensingException.notFound("account"));
    }
    requireRole(accountId, requested, OrganizationRole::managesBilling);
    return requested;
  }

  /** Whether the caller may see everything of the organization: its licenses, subscriptions. */
  public boolean maySeeAll(Caller caller, UUID organizationId) {
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      return apiKey.key().allows(organizationId, ApiKeyScope.READ);
    }
    if (caller instanceof Caller.AccountCaller account) {
      return managesBilling(account.principal().accountId(), organizationId);
    }
    return false;
  }

  /** The organizations whose licenses and subscriptions the caller sees in full. */
  public List<UUID> visibleOrganizations(Caller caller) {
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      return apiKey.key().allows(apiKey.key().organizationId(), ApiKeyScope.READ)
          ? List.of(apiKey.key().organizationId())
          : List.of();
    }
    return organizations.managedBy(accountOf(caller));
  }

  /** Owners and admins of the organization, its ADMIN-scoped keys, and platform admins. */
  public void requireKeyManager(Caller caller, UUID organizationId) {
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      if (!apiKey.key().organizationId().equals(organizationId)) {
        throw LicensingException.notFound("organization");
      }
      requireScope(apiKey, organizationId, ApiKeyScope.ADMIN);
      return;
    }
    if (caller instanceof Caller.AccountCaller account && account.principal().isPlatformAdmin()) {
      if (organizations.findById(organizationId).isEmpty()) {
        throw LicensingException.notFound("organization");
      }
      return;
    }
    requireRole(
        accountOf(caller),
        organizationId,
        role -> role == OrganizationRole.OWNER || role == OrganizationRole.ADMIN);
  }

  public boolean managesBilling(UUID accountId, UUID organizationId) {
    return organizations
        .roleOf(organizationId, accountId)
        .map(OrganizationRole::managesBilling)
        .orElse(false);
  }

  private void requireRole(
      UUID accountId, UUID organizationId, Predicate<OrganizationRole> allowed) {
    Optional<OrganizationRole> role = organizations.roleOf(organizationId, accountId);
    if (role.isEmpty()) {
      throw LicensingException.notFound("organization");
    }
    if (!allowed.test(role.get())) {
      throw new LicensingException(
          ErrorCode.FORBIDDEN, "your role in the organization does not allow this");
    }
  }

  private static void requireScope(
      Caller.ApiKeyCaller apiKey, UUID organizationId, ApiKeyScope scope) {
    if (!apiKey.key().allows(organizationId, scope)) {
      throw new LicensingException(
          ErrorCode.FORBIDDEN, "the API key needs the " + scope + " scope for this");
    }
  }

  private static UUID accountOf(Caller caller) {
    if (caller instanceof Caller.AccountCaller account) {
      return account.principal().accountId();
    }
    throw new LicensingException(ErrorCode.FORBIDDEN, "this needs a signed-in account");
  }
}
