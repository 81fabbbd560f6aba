package org.openlicensing.core.organizations;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.OrganizationRole;

/**
 * The rules of roles, shared by single and bulk changes: only an owner touches owners, and the last
 * owner stays. The caller has MANAGE_MEMBERS already; {@code ownersLeft} counts the owners as the
 * earlier lines of a bulk change left them.
 */
final class MembershipRules {
  static final int MAX_BULK_LINES = 1_000;

  private MembershipRules() {}

  static BulkOutcome roleChange(
      OrganizationAccess.Standing caller, Member target, OrganizationRole role, int ownersLeft) {
    if (target.role() == role) {
      return BulkOutcome.UNCHANGED;
    }
    boolean touchesOwner =
        target.role() == OrganizationRole.OWNER || role == OrganizationRole.OWNER;
    if (touchesOwner && !caller.isOwner()) {
      return BulkOutcome.FORBIDDEN;
    }
    if (target.role() == OrganizationRole.OWNER && ownersLeft <= 1) {
      return BulkOutcome.LAST_OWNER;
    }
    return BulkOutcome.CHANGED;
  }

  /** A member removing itself is leaving, which every role may. */
  static BulkOutcome removal(OrganizationAccess.Standing caller, Member target, int ownersLeft) {
    boolean self = target.accountId().equals(caller.accountId());
    if (target.role() == OrganizationRole.OWNER && !caller.isOwner() && !self) {
      return BulkOutcome.FORBIDDEN;
    }
    if (target.role() == OrganizationRole.OWNER && ownersLeft <= 1) {
      return BulkOutcome.LAST_OWNER;
    }
    return BulkOutcome.REMOVED;
  }

  /** The outcome of a single change, as the error the caller gets when it was refused. */
  static void requireApplied(BulkOutcome outcome) {
    switch (outcome) {
      case FORBIDDEN ->
          throw new LicensingException(
              ErrorCode.FORBIDDEN, "only an owner may make, unmake or remove owners");
      case LAST_OWNER ->
          throw new LicensingException(
              ErrorCode.LAST_OWNER,
              "the organization would be left without an owner; make another member an owner first");
      case NOT_A_MEMBER -> throw LicensingException.notFound("member");
      default -> {
        if (!outcome.applied()) {
          throw new IllegalStateException("no error for " + outcome);
        }
      }
    }
  }

  /** A role as a file or form gives it, in any case; empty when it names none. */
  static Optional<OrganizationRole> parseRole(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT);
    for (OrganizationRole role : OrganizationRole.values()) {
      if (role.name().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  static final String ROLES = "must be one of OWNER, ADMIN, BILLING, MEMBER";

  /** Checks the size of a bulk request: 1 to 1,000 lines. */
  static void requireLines(String field, List<?> lines) {
    if (lines == null || lines.isEmpty()) {
      throw LicensingException.invalid(field, "must have at least one line");
    }
    if (lines.size() > MAX_BULK_LINES) {
      throw LicensingException.invalid(field, "must have at most " + MAX_BULK_LINES + " lines");
    }
  }
}
