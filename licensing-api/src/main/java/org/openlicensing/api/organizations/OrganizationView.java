package org.openlicensing.api.organizations;

import java.util.Objects;
import java.util.Optional;

/**
 * An organization as one caller sees it.
 *
 * @param callerRole the caller's role in it; empty for a platform admin who is no member
 * @param billing shown to the roles that manage billing, and to platform admins
 */
public record OrganizationView(
    Organization organization,
    Optional<OrganizationRole> callerRole,
    Optional<BillingDetails> billing,
    int memberCount) {
  public OrganizationView {
    Objects.requireNonNull(organization, "organization");
    callerRole = callerRole == null ? Optional.empty() : callerRole;
    billing = billing == null ? Optional.empty() : billing;
  }
}
