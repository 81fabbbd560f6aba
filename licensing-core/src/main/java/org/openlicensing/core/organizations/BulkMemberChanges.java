package org.openlicensing.core.organizations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.organizations.BulkLineResult;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.api.organizations.BulkReport;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.organizations.RoleChange;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.licenses.LicenseRelease;

/**
 * Role changes and removals of up to 1,000 members in one transaction, under the organization's
 * lock, by the rules of single changes. The lines are judged in order, each against the state the
 * earlier ones left (so a file cannot demote every owner), then written in a few batched statements
 * rather than one round trip per line.
 */
final class BulkMemberChanges {
  private final OrganizationRepository organizations;
  private final LicenseRelease release;
  private final AuditLog audit;
  private final Clock clock;

  BulkMemberChanges(
      OrganizationRepository organizations, LicenseRelease release, AuditLog audit, Clock clock) {
    this.organizations = organizations;
    this.release = release;
    this.audit = audit;
    this.clock = clock;
  }

  BulkReport changeRoles(
      Caller caller,
      OrganizationAccess.Standing standing,
      UUID organizationId,
      List<RoleChange> changes,
      ClientInfo client) {
    Map<UUID, Member> current =
        membersNamed(organizationId, changes.stream().map(c -> c == null ? null : c.accountId()));
    int owners = organizations.countOwners(organizationId);
    Map<UUID, OrganizationRole> updates = new LinkedHashMap<>();
    List<AuditEntry> entries = new ArrayList<>();
    List<BulkLineResult> lines = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < changes.size(); i++) {
      RoleChange change = changes.get(i);
      UUID accountId = change == null ? null : change.accountId();
      String subject = accountId == null ? "" : accountId.toString();
      if (accountId == null) {
        lines.add(line(i, subject, BulkOutcome.INVALID_LINE, "accountId is required"));
        continue;
      }
      if (!seen.add(accountId)) {
        lines.add(line(i, subject, BulkOutcome.DUPLICATE_LINE, "an earlier line names it"));
        continue;
      }
      Optional<OrganizationRole> role = MembershipRules.parseRole(change.role());
      if (role.isEmpty()) {
        lines.add(line(i, subject, BulkOutcome.INVALID_ROLE, "role " + MembershipRules.ROLES));
        continue;
      }
      Member member = current.get(accountId);
      if (member == null) {
        lines.add(line(i, subject, BulkOutcome.NOT_A_MEMBER, null));
        continue;
      }
      BulkOutcome outcome = MembershipRules.roleChange(standing, member, role.get(), owners);
      if (outcome == BulkOutcome.CHANGED) {
        owners += ownerDelta(member.role(), role.get());
        updates.put(accountId, role.get());
        entries.add(
            DefaultMemberService.roleChanged(organizationId, member, role.get())
                .with("bulk", "true"));
      }
      lines.add(line(i, subject, outcome, reason(outcome)));
    }
    if (!updates.isEmpty()) {
      organizations.updateRoles(organizationId, updates);
      audit.recordAll(caller, entries, client);
    }
    return new BulkReport(lines);
  }

  BulkReport removeAll(
      Caller caller,
      OrganizationAccess.Standing standing,
      UUID organizationId,
      List<UUID> accountIds,
      ClientInfo client) {
    Map<UUID, Member> current = membersNamed(organizationId, accountIds.stream());
    int owners = organizations.countOwners(organizationId);
    List<Member> removed = new ArrayList<>();
    List<BulkLineResult> lines = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < accountIds.size(); i++) {
      UUID accountId = accountIds.get(i);
      String subject = accountId == null ? "" : accountId.toString();
      if (accountId == null) {
        lines.add(line(i, subject, BulkOutcome.INVALID_LINE, "an account id is required"));
        continue;
      }
      if (!seen.add(accountId)) {
        lines.add(line(i, subject, BulkOutcome.DUPLICATE_LINE, "an earlier line names it"));
        continue;
      }
      Member member = current.get(accountId);
      if (member == null) {
        lines.add(line(i, subject, BulkOutcome.NOT_A_MEMBER, null));
        continue;
      }
      BulkOutcome outcome = MembershipRules.removal(standing, member, owners);
      if (outcome == BulkOutcome.REMOVED) {
        owners -= member.role() == OrganizationRole.OWNER ? 1 : 0;
        removed.add(member);
      }
      lines.add(line(i, subject, outcome, reason(outcome)));
    }
    if (!removed.isEmpty()) {
      List<UUID> ids = removed.stream().map(Member::accountId).toList();
      LicenseRelease.Released released = release.releaseFrom(organizationId, ids, clock.instant());
      organizations.removeMembers(organizationId, ids);
      List<AuditEntry> entries = new ArrayList<>();
      for (Member member : removed) {
        entries.add(
            AuditEntry.onMember(
                    member.accountId().equals(standing.accountId())
                        ? "member.left"
                        : "member.removed",
                    member.accountId(),
                    organizationId)
                .with("role", member.role().name())
                .with("bulk", "true"));
      }
      entries.add(
          AuditEntry.onOrganization("member.bulk_removed", organizationId)
              .with("members", Integer.toString(ids.size()))
              .with("licensesUnassigned", Integer.toString(released.licenseIds().size()))
              .with("devicesDeactivated", Integer.toString(released.devicesDeactivated())));
      audit.recordAll(caller, entries, client);
    }
    return new BulkReport(lines);
  }

  private Map<UUID, Member> membersNamed(UUID organizationId, Stream<UUID> accountIds) {
    Set<UUID> ids = accountIds.filter(Objects::nonNull).collect(Collectors.toSet());
    return organizations.findMembers(organizationId, ids).stream()
        .collect(Collectors.toMap(Member::accountId, Function.identity()));
  }

  private static int ownerDelta(OrganizationRole from, OrganizationRole to) {
    return (to == OrganizationRole.OWNER ? 1 : 0) - (from == OrganizationRole.OWNER ? 1 : 0);
  }

  private static String reason(BulkOutcome outcome) {
    return switch (outcome) {
      case FORBIDDEN -> "only an owner may make, unmake or remove owners";
      case LAST_OWNER -> "the organization would be left without an owner";
      default -> null;
    };
  }

  private static BulkLineResult line(
      int index, String subject, BulkOutcome outcome, String detail) {
    return new BulkLineResult(index + 1, subject, outcome, Optional.ofNullable(detail));
  }
}
