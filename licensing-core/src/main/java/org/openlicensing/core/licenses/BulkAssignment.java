package org.openlicensing.core.licenses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.AssignmentRow;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.api.organizations.BulkRejectedException;
import org.openlicensing.api.organizations.BulkReport;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.organizations.OrganizationLocking;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.core.persistence.Transactions;

/**
 * Hands many licenses to members from one file, all or nothing, by the rule of single assignment.
 * The organization's lock comes first, as for every change of its members, so that no member leaves
 * while the file is judged; then the licenses the file names are locked, in id order, so that a
 * single assignment or an activation of one of them waits. Only this organization's licenses are
 * looked up: another tenant's id is NOT_FOUND like an unknown one, and its row is never locked.
 * Members, licenses, the assignments and their audit events cost a few statements per thousand
 * lines, not a round trip per line.
 */
public final class BulkAssignment {
  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final OrganizationRepository organizations;
  private final OrganizationLocking locking;
  private final AuditLog audit;

  public BulkAssignment(
      Transactions transactions,
      LicenseRepository licenses,
      OrganizationRepository organizations,
      OrganizationAccess access,
      AuditLog audit) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.organizations = organizations;
    this.locking = new OrganizationLocking(access, organizations);
    this.audit = audit;
  }

  public BulkReport assignAll(
      Caller caller, UUID organizationId, List<AssignmentRow> rows, ClientInfo client) {
    List<AssignmentLines.Line> read = AssignmentLines.read(rows);
    return transactions.inTransaction(
        () -> {
          locking.lockFor(caller, organizationId, OrganizationPermission.MANAGE_LICENSES);
          Plan plan = judge(organizationId, read);
          BulkReport report =
              new BulkReport(plan.lines().stream().map(AssignmentLines.Line::result).toList());
          if (plan.lines().stream().anyMatch(line -> !line.outcome().applied())) {
            // Thrown inside the transaction: it rolls back, and the locks go with it.
            throw new BulkRejectedException(report);
          }
          if (!plan.assignees().isEmpty()) {
            licenses.assignAll(plan.assignees());
            List<AuditEntry> entries = new ArrayList<>();
            plan.assignees()
                .forEach(
                    (license, account) ->
                        entries.add(AssignmentRule.assigned(license, organizationId, account)));
            audit.recordAll(caller, entries, client);
          }
          return report;
        });
  }

  /** Every line judged, and the licenses to hand over (key) to their members (value). */
  private record Plan(List<AssignmentLines.Line> lines, Map<UUID, UUID> assignees) {}

  private Plan judge(UUID organizationId, List<AssignmentLines.Line> read) {
    List<AssignmentLines.Line> well = read.stream().filter(AssignmentLines.Line::readWell).toList();
    Map<String, UUID> members = new HashMap<>();
    for (Member member :
        organizations.findMembersByEmail(
            organizationId, well.stream().map(l -> l.email().value()).toList())) {
      members.put(member.email(), member.accountId());
    }
    Map<UUID, License> found = new HashMap<>();
    licenses
        .lockAllOf(organizationId, well.stream().map(AssignmentLines.Line::licenseId).toList())
        .forEach(license -> found.put(license.id(), license));
    List<AssignmentLines.Line> judged = new ArrayList<>(read.size());
    Map<UUID, UUID> assignees = new LinkedHashMap<>();
    for (AssignmentLines.Line line : read) {
      AssignmentLines.Line outcome = line.readWell() ? judge(line, found, members) : line;
      if (outcome.outcome() == BulkOutcome.ASSIGNED) {
        assignees.put(line.licenseId(), members.get(line.email().value()));
      }
      judged.add(outcome);
    }
    return new Plan(judged, assignees);
  }

  private static AssignmentLines.Line judge(
      AssignmentLines.Line line, Map<UUID, License> licenses, Map<String, UUID> members) {
    License license = licenses.get(line.licenseId());
    if (license == null) {
      return line.judged(
          BulkOutcome.NOT_FOUND, AssignmentLines.LICENSE_ID, "no license of the organization");
    }
    UUID accountId = members.get(line.email().value());
    if (accountId == null) {
      return line.judged(
          BulkOutcome.NOT_A_MEMBER,
          AssignmentLines.EMAIL,
          line.email().value() + " is not a member of the organization");
    }
    return switch (AssignmentRule.judge(license, accountId)) {
      case ASSIGN -> line.judged(BulkOutcome.ASSIGNED, null, null);
      case UNCHANGED -> line.judged(BulkOutcome.UNCHANGED, null, null);
      case REVOKED ->
          line.judged(
              BulkOutcome.LICENSE_NOT_ASSIGNABLE,
              AssignmentLines.LICENSE_ID,
              "the license is revoked");
      case HELD_BY_ANOTHER ->
          line.judged(
              BulkOutcome.ASSIGNED_TO_ANOTHER,
              AssignmentLines.LICENSE_ID,
              "another member holds it; take it back or transfer it first");
    };
  }
}
