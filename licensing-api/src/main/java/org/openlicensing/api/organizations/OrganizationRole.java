package org.openlicensing.api.organizations;

/** A member's role in an organization. */
public enum OrganizationRole {
  OWNER,
  ADMIN,
  BILLING,
  MEMBER;

  /** Whether the role may buy, change and cancel subscriptions and see every license. */
  public boolean managesBilling() {
    return this == OWNER || this == ADMIN || this == BILLING;
  }
}
