package org.openlicensing.api.admin;

import java.util.Objects;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;

/** An organization an account belongs to, and its role there. */
public record MembershipView(Organization organization, Membership membership) {
  public MembershipView {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(membership, "membership");
  }
}
