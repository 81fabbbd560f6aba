package org.openlicensing.core.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.accounts.AccountRepository;

/**
 * Answers who may act for an organization, by the {@link OrganizationPermission} matrix. To a
 * caller with no standing in it, an organization is NOT_FOUND, exactly like one that does not
 * exist, so that ids of other tenants reveal nothing; a member whose role does not allow the action
 * is FORBIDDEN. Runs in the caller's transaction.
 */
public final class OrganizationAccess {
  private final AccountRepository accounts;
  private final OrganizationRepository organizations;

  public OrganizationAccess(AccountRepository accounts, OrganizationRepository organizations) {
    this.accounts = accounts;
    this.organizations = organizations;
  }

  /**
   * Checks that the caller may do what the permission covers in the organization.
   *
   * @return the caller's standing, for the rules that depend on its role
   */
  public Standing require(Caller caller, UUID organizationId, OrganizationPermission permission) {
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      if (!apiKey.key().organizationId().equals(organizationId)) {
        throw LicensingException.notFound("organization");
      }
      ApiKeyScope scope =
          permission
              .apiKeyScope()
              .orElseThrow(
                  () ->
                      new LicensingException(
                          ErrorCode.FORBIDDEN, "this needs a signed-in account, not an API key"));
      if (!apiKey.key().allows(organizationId, scope)) {
        throw new LicensingException(
            ErrorCode.FORBIDDEN, "the API key needs the " + scope + " scope for this");
      }
      return new Standing(null, Optional.empty());
    }
    Caller.AccountCaller account = accountCaller(caller);
    UUID accountId = account.principal().accountId();
    Optional<OrganizationRole> role = organizations.roleOf(organizationId, accountId);
    boolean platformAdmin =
        account.principal().isPlatformAdmin() && permission.allowsPlatformAdmins();
    if (role.isPresent() && (permission.allows(role.get()) || platformAdmin)) {
      return new Standing(accountId, role);
    }
    if (role.isPresent()) {
      throw new LicensingException(
          ErrorCode.FORBIDDEN, "your role in the organization does not allow this");
    }
    if (platformAdmin && organizations.findById(organizationId).isPresent()) {
      return new Standing(accountId, Optional.empty());
    }
    throw LicensingException.notFound("organization");
  }

  /**
   * As {@link #require}, for an object of the organization found by its own id: to a caller with no
   * standing in the organization the object is NOT_FOUND under its own name, exactly like an id
   * that does not exist; a member whose role does not allow the action is FORBIDDEN.
   */
  public Standing requireFor(
      Caller caller, UUID organizationId, OrganizationPermission permission, String what) {
    try {
      return require(caller, organizationId, permission);
    } catch (LicensingException refused) {
      if (refused.code() == ErrorCode.NOT_FOUND) {
        throw LicensingException.notFound(what);
      }
      throw refused;
    }
  }

  /** Whether {@link #require} would let the caller through. */
  public boolean allows(Caller caller, UUID organizationId, OrganizationPermission permission) {
    try {
      require(caller, organizationId, permission);
      return true;
    } catch (LicensingException refused) {
      return false;
    }
  }

  /**
   * The organization the caller buys for: the one asked for, if the caller may manage its billing;
   * without one, an account's personal organization or an API key's own.
   */
  public UUID billingOrganization(Caller caller, UUID requested) {
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      UUID own = requested == null ? apiKey.key().organizationId() : requested;
      require(caller, own, OrganizationPermission.MANAGE_BILLING);
      return own;
    }
    UUID accountId = accountCaller(caller).principal().accountId();
    if (requested == null) {
      return accounts
          .findById(accountId)
          .map(Account::personalOrganizationId)
          .orElseThrow(() -> LicensingException.notFound("account"));
    }
    require(caller, requested, OrganizationPermission.MANAGE_BILLING);
    return requested;
  }

  /**
   * Whether the caller may see everything of the organization: its licenses, subscriptions. That is
   * {@link OrganizationPermission#VIEW_BILLING}, which platform admins have in every organization.
   */
  public boolean maySeeAll(Caller caller, UUID organizationId) {
    return (caller instanceof Caller.ApiKeyCaller || caller instanceof Caller.AccountCaller)
        && allows(caller, organizationId, OrganizationPermission.VIEW_BILLING);
  }

  /** The organizations whose licenses and subscriptions the caller sees in full. */
  public List<UUID> visibleOrganizations(Caller caller) {
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      return apiKey.key().allows(apiKey.key().organizationId(), ApiKeyScope.READ)
          ? List.of(apiKey.key().organizationId())
          : List.of();
    }
    return organizations.managedBy(accountCaller(caller).principal().accountId());
  }

  /** Owners and admins of the organization, its ADMIN-scoped keys, and platform admins. */
  public void requireKeyManager(Caller caller, UUID organizationId) {
    require(caller, organizationId, OrganizationPermission.MANAGE_API_KEYS);
  }

  public boolean managesBilling(UUID accountId, UUID organizationId) {
    return organizations
        .roleOf(organizationId, accountId)
        .map(OrganizationPermission.VIEW_BILLING::allows)
        .orElse(false);
  }

  private static Caller.AccountCaller accountCaller(Caller caller) {
    if (caller instanceof Caller.AccountCaller account) {
      return account;
    }
    throw new LicensingException(ErrorCode.FORBIDDEN, "this needs a signed-in account");
  }

  /**
   * Who the caller is in the organization.
   *
   * @param accountId the calling account; null for an API key
   * @param role the account's role; empty for an API key and for a platform admin who is no member
   */
  public record Standing(UUID accountId, Optional<OrganizationRole> role) {
    public boolean isOwner() {
      return role.filter(r -> r == OrganizationRole.OWNER).isPresent();
    }
  }
}
