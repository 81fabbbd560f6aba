package org.openlicensing.api.organizations;

/** What a bulk operation did with one line. */
public enum BulkOutcome {
  /** An invitation was sent. */
  INVITED(true),
  /** A pending invitation to the address was replaced by a new one, with the line's role. */
  REINVITED(true),
  /** The role was changed. */
  CHANGED(true),
  /** The member already had the role. */
  UNCHANGED(true),
  /** The member was removed. */
  REMOVED(true),
  ALREADY_MEMBER(false),
  INVALID_ADDRESS(false),
  INVALID_ROLE(false),
  /** The line has not the fields the operation needs. */
  INVALID_LINE(false),
  /** An earlier line named the same address or account; the first one counts. */
  DUPLICATE_LINE(false),
  NOT_A_MEMBER(false),
  /** The caller's role does not allow this line, such as an admin making an owner. */
  FORBIDDEN(false),
  /** The line would leave the organization without an owner. */
  LAST_OWNER(false);

  private final boolean applied;

  BulkOutcome(boolean applied) {
    this.applied = applied;
  }

  /** Whether the line was carried out, or found already so. */
  public boolean applied() {
    return applied;
  }
}
