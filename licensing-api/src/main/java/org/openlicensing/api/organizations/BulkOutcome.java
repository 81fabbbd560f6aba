package org.openlicensing.api.organizations;

/** What a bulk operation did with one line. */
public enum BulkOutcome {
  /** An invitation was sent. */
  INVITED(true),
  /** A pending invitation to the address was replaced by a new one, with the line's role. */
  REINVITED(true),
  /** The role was changed. */
  CHANGED(true),
  /** The member already had the role, or already held the license. */
  UNCHANGED(true),
  /** The member was removed. */
  REMOVED(true),
  /** The license was handed to the member. */
  ASSIGNED(true),
  /** The license was revoked. */
  REVOKED(true),
  /** The license was revoked before; nothing changed. */
  ALREADY_REVOKED(true),
  ALREADY_MEMBER(false),
  INVALID_ADDRESS(false),
  INVALID_ROLE(false),
  /** The line has not the fields the operation needs. */
  INVALID_LINE(false),
  /** The line's license id is not an id. */
  INVALID_LICENSE_ID(false),
  /** An earlier line named the same address, account or license; the first one counts. */
  DUPLICATE_LINE(false),
  NOT_A_MEMBER(false),
  /**
   * The line names a license that does not exist, or one of another organization: the two are
   * reported alike, so that a file tells nothing about other tenants.
   */
  NOT_FOUND(false),
  /** The license is revoked, and a revoked license is held by no one. */
  LICENSE_NOT_ASSIGNABLE(false),
  /** Another member holds the license; it must be taken back or transferred first. */
  ASSIGNED_TO_ANOTHER(false),
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
