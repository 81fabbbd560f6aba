package org.openlicensing.api.organizations;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.openlicensing.api.apikeys.ApiKeyScope;

/**
 * The permission matrix: what each role may do in an organization, what scope an API key of the
 * organization needs for it, and whether platform admins may do it too. The README's table is this
 * enum, written out.
 */
public enum OrganizationPermission {
  /** See the organization, its members and their roles. */
  VIEW_MEMBERS(EnumSet.allOf(OrganizationRole.class), ApiKeyScope.READ, true),
  /** Invite, revoke and resend invitations; change the roles of non-owners; remove non-owners. */
  MANAGE_MEMBERS(
      EnumSet.of(OrganizationRole.OWNER, OrganizationRole.ADMIN), ApiKeyScope.ADMIN, false),
  /** Make, unmake and invite owners; transfer ownership. */
  MANAGE_OWNERS(EnumSet.of(OrganizationRole.OWNER), null, false),
  /** Rename the organization. */
  MANAGE_ORGANIZATION(
      EnumSet.of(OrganizationRole.OWNER, OrganizationRole.ADMIN), ApiKeyScope.ADMIN, false),
  /** Buy, change and cancel subscriptions; edit the billing details. */
  MANAGE_BILLING(
      EnumSet.of(OrganizationRole.OWNER, OrganizationRole.ADMIN, OrganizationRole.BILLING),
      ApiKeyScope.WRITE,
      false),
  /** Read every subscription, invoice and license of the organization, and its billing details. */
  VIEW_BILLING(
      EnumSet.of(OrganizationRole.OWNER, OrganizationRole.ADMIN, OrganizationRole.BILLING),
      ApiKeyScope.READ,
      true),
  /** Assign licenses to members and take them back. */
  MANAGE_LICENSES(
      EnumSet.of(OrganizationRole.OWNER, OrganizationRole.ADMIN), ApiKeyScope.WRITE, false),
  /** Create, list and revoke the organization's API keys. */
  MANAGE_API_KEYS(
      EnumSet.of(OrganizationRole.OWNER, OrganizationRole.ADMIN), ApiKeyScope.ADMIN, true),
  /** Read the organization's audit events. */
  READ_AUDIT(EnumSet.of(OrganizationRole.OWNER, OrganizationRole.ADMIN), ApiKeyScope.ADMIN, true);

  private final Set<OrganizationRole> roles;
  private final ApiKeyScope apiKeyScope;
  private final boolean platformAdmins;

  OrganizationPermission(
      Set<OrganizationRole> roles, ApiKeyScope apiKeyScope, boolean platformAdmins) {
    this.roles = Set.copyOf(roles);
    this.apiKeyScope = apiKeyScope;
    this.platformAdmins = platformAdmins;
  }

  public boolean allows(OrganizationRole role) {
    return roles.contains(role);
  }

  public Set<OrganizationRole> roles() {
    return roles;
  }

  /** The scope an API key of the organization needs; empty when no key may. */
  public Optional<ApiKeyScope> apiKeyScope() {
    return Optional.ofNullable(apiKeyScope);
  }

  /** Whether platform admins may do this in any organization, member or not. */
  public boolean allowsPlatformAdmins() {
    return platformAdmins;
  }
}
