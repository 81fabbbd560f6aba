package org.openlicensing.server.organizations;

import java.util.Optional;
import org.openlicensing.api.organizations.OrganizationRole;

/** Where a caller stands towards an organization: a member with a role, an outsider, or staff. */
enum Seat {
  OWNER(OrganizationRole.OWNER),
  ADMIN(OrganizationRole.ADMIN),
  BILLING(OrganizationRole.BILLING),
  MEMBER(OrganizationRole.MEMBER),
  /** A signed-in account that is no member. */
  OUTSIDER(null),
  /** The platform's super admin, no member of the organization. */
  PLATFORM_ADMIN(null);

  private final OrganizationRole role;

  Seat(OrganizationRole role) {
    this.role = role;
  }

  /** The role in the organization; empty for those who are no member. */
  Optional<OrganizationRole> role() {
    return Optional.ofNullable(role);
  }
}
