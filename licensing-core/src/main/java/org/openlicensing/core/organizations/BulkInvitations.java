package org.openlicensing.core.organizations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.organizations.BulkLineResult;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.api.organizations.BulkReport;
import org.openlicensing.api.organizations.InviteRow;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.accounts.EmailAddress;

/**
 * Invites up to 1,000 addresses at once: each line is judged on its own (address, role, whether the
 * caller may invite owners, whether an earlier line took the address, whether it is a member's),
 * and the good ones are sent in one batch. A line that fails sends nothing; the others go ahead.
 */
final class BulkInvitations {
  private final OrganizationRepository organizations;
  private final InvitationIssuer issuer;

  BulkInvitations(OrganizationRepository organizations, InvitationIssuer issuer) {
    this.organizations = organizations;
    this.issuer = issuer;
  }

  /** Judges every line; nothing is written yet. */
  Plan plan(OrganizationLocking.Locked locked, List<InviteRow> rows, boolean mayInviteOwners) {
    List<Line> lines = new ArrayList<>();
    Map<String, OrganizationRole> candidates = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      InviteRow row = rows.get(i);
      int number = row == null || row.line() < 1 ? i + 1 : row.line();
      String subject = row == null || row.email() == null ? "" : row.email().strip();
      Optional<EmailAddress> address = address(row);
      if (address.isEmpty()) {
        lines.add(new Line(number, subject, BulkOutcome.INVALID_ADDRESS, addressProblem(row)));
        continue;
      }
      Optional<OrganizationRole> role = MembershipRules.parseRole(row.role());
      if (role.isEmpty()) {
        lines.add(
            new Line(number, subject, BulkOutcome.INVALID_ROLE, "role " + MembershipRules.ROLES));
        continue;
      }
      if (role.get() == OrganizationRole.OWNER && !mayInviteOwners) {
        lines.add(
            new Line(number, subject, BulkOutcome.FORBIDDEN, "only an owner may invite owners"));
        continue;
      }
      String email = address.get().value();
      if (!seen.add(email)) {
        lines.add(
            new Line(number, subject, BulkOutcome.DUPLICATE_LINE, "an earlier line invites it"));
        continue;
      }
      candidates.put(email, role.get());
      lines.add(new Line(number, email, null, null));
    }
    Set<String> members =
        candidates.isEmpty()
            ? Set.of()
            : organizations.memberEmails(locked.organization().id(), candidates.keySet());
    List<Line> judged = new ArrayList<>();
    for (Line line : lines) {
      if (line.outcome() == null && members.contains(line.subject())) {
        candidates.remove(line.subject());
        judged.add(new Line(line.number(), line.subject(), BulkOutcome.ALREADY_MEMBER, null));
      } else {
        judged.add(line);
      }
    }
    return new Plan(judged, candidates);
  }

  /** Sends the plan's invitations and reports every line. */
  BulkReport carryOut(
      Caller caller, OrganizationLocking.Locked locked, Plan plan, ClientInfo client) {
    Map<String, InvitationIssuer.Issued> issued =
        plan.roles().isEmpty()
            ? Map.of()
            : issuer.issue(caller, locked.organization(), plan.roles(), client);
    List<BulkLineResult> results = new ArrayList<>();
    for (Line line : plan.lines()) {
      BulkOutcome outcome = line.outcome();
      if (outcome == null) {
        outcome =
            issued.get(line.subject()).renewed() ? BulkOutcome.REINVITED : BulkOutcome.INVITED;
      }
      results.add(
          new BulkLineResult(
              line.number(), line.subject(), outcome, Optional.ofNullable(line.detail())));
    }
    return new BulkReport(results);
  }

  private static Optional<EmailAddress> address(InviteRow row) {
    try {
      return row == null ? Optional.empty() : Optional.of(EmailAddress.of(row.email()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String addressProblem(InviteRow row) {
    try {
      EmailAddress.of(row == null ? null : row.email());
      return null;
    } catch (IllegalArgumentException e) {
      return "email " + e.getMessage();
    }
  }

  /** What the plan decided for one line; a null outcome means "to be invited". */
  record Line(int number, String subject, BulkOutcome outcome, String detail) {}

  /** Every line judged, and the addresses to invite with their roles, in file order. */
  record Plan(List<Line> lines, Map<String, OrganizationRole> roles) {}
}
