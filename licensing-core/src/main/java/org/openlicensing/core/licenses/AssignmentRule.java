package org.openlicensing.core.licenses;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.core.audit.AuditEntry;

/**
 * Whether a license may go to a member, and how the handing over is audited: one rule for single
 * and bulk assignment. The caller holds the license's lock and has found the member.
 */
final class AssignmentRule {
  private AssignmentRule() {}

  /** What assigning the license to the member would do. */
  enum Verdict {
    /** Nobody holds it: the member gets it. */
    ASSIGN,
    /** The member holds it already: nothing to do. */
    UNCHANGED,
    /** Revoked for good: nobody may take it up again. */
    REVOKED,
    /** Another member holds it: it must be taken back or transferred first. */
    HELD_BY_ANOTHER
  }

  static Verdict judge(License license, UUID accountId) {
    if (license.status() == LicenseStatus.REVOKED) {
      return Verdict.REVOKED;
    }
    Optional<UUID> holder = license.assigneeId();
    if (holder.isEmpty()) {
      return Verdict.ASSIGN;
    }
    return holder.get().equals(accountId) ? Verdict.UNCHANGED : Verdict.HELD_BY_ANOTHER;
  }

  /** The audit entry of one license handed to a member. */
  static AuditEntry assigned(UUID licenseId, UUID organizationId, UUID accountId) {
    return AuditEntry.onLicense("license.assigned", licenseId, organizationId)
        .with("assignee", accountId.toString());
  }
}
