package org.openlicensing.core.organizations;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.api.organizations.BulkReport;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.MemberRemoval;
import org.openlicensing.api.organizations.MemberService;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.organizations.RoleChange;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.licenses.LicenseRelease;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Cursors;

/**
 * Members and roles, one at a time; {@link BulkMemberChanges} does many at once by the same rules.
 * Every change locks the organization first, so that concurrent changes take turns and the
 * last-owner rule holds on any number of servers.
 */
public final class DefaultMemberService implements MemberService {
  public static final int MAX_PAGE_SIZE = 500;

  private final Transactions transactions;
  private final OrganizationRepository organizations;
  private final OrganizationAccess access;
  private final LicenseRelease release;
  private final BulkMemberChanges bulk;
  private final OrganizationLocking locking;
  private final AuditLog audit;
  private final Clock clock;

  public DefaultMemberService(
      Transactions transactions,
      OrganizationRepository organizations,
      OrganizationAccess access,
      LicenseRelease release,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.organizations = organizations;
    this.access = access;
    this.release = release;
    this.audit = audit;
    this.clock = clock;
    this.locking = new OrganizationLocking(access, organizations);
    this.bulk = new BulkMemberChanges(organizations, release, audit, clock);
  }

  @Override
  public Page<Member> list(Caller caller, UUID organizationId, String cursor, int limit) {
    Cursors.requireLimit(limit, MAX_PAGE_SIZE);
    OrganizationRepository.MemberCursor after = decode(cursor);
    return transactions.inTransaction(
        () -> {
          access.require(caller, organizationId, OrganizationPermission.VIEW_MEMBERS);
          return Cursors.page(
              organizations.members(organizationId, after, limit + 1),
              limit,
              DefaultMemberService::encode);
        });
  }

  @Override
  public Member changeRole(
      Caller caller,
      UUID organizationId,
      UUID accountId,
      OrganizationRole role,
      ClientInfo client) {
    if (role == null) {
      throw LicensingException.invalid("role", "is required");
    }
    return transactions.inTransaction(
        () -> {
          OrganizationAccess.Standing standing =
              lockFor(caller, organizationId, OrganizationPermission.MANAGE_MEMBERS);
          Member target = member(organizationId, accountId);
          BulkOutcome outcome =
              MembershipRules.roleChange(
                  standing, target, role, organizations.countOwners(organizationId));
          MembershipRules.requireApplied(outcome);
          if (outcome == BulkOutcome.CHANGED) {
            organizations.updateRoles(organizationId, Map.of(accountId, role));
            audit.record(caller, roleChanged(organizationId, target, role), client);
          }
          return member(organizationId, accountId);
        });
  }

  @Override
  public MemberRemoval remove(
      Caller caller, UUID organizationId, UUID accountId, ClientInfo client) {
    return transactions.inTransaction(
        () -> {
          boolean self = accountId.equals(callerAccount(caller));
          OrganizationLocking.Locked locked =
              locking.lockFor(
                  caller,
                  organizationId,
                  self
                      ? OrganizationPermission.VIEW_MEMBERS
                      : OrganizationPermission.MANAGE_MEMBERS);
          if (self) {
            locked.requireNotPersonal("cannot be left");
          }
          OrganizationAccess.Standing standing = locked.standing();
          Member target = member(organizationId, accountId);
          MembershipRules.requireApplied(
              MembershipRules.removal(standing, target, organizations.countOwners(organizationId)));
          return removeLocked(
              caller, target, organizationId, self ? "member.left" : "member.removed", client);
        });
  }

  @Override
  public MemberRemoval leave(Caller caller, UUID organizationId, ClientInfo client) {
    UUID accountId = callerAccount(caller);
    if (accountId == null) {
      throw new LicensingException(ErrorCode.FORBIDDEN, "this needs a signed-in account");
    }
    return remove(caller, organizationId, accountId, client);
  }

  @Override
  public Member transferOwnership(
      Caller caller, UUID organizationId, UUID newOwnerId, ClientInfo client) {
    if (newOwnerId == null) {
      throw LicensingException.invalid("accountId", "is required");
    }
    return transactions.inTransaction(
        () -> {
          OrganizationAccess.Standing standing =
              lockFor(caller, organizationId, OrganizationPermission.MANAGE_OWNERS);
          if (newOwnerId.equals(standing.accountId())) {
            throw LicensingException.invalid("accountId", "is you; name another member");
          }
          Member target = member(organizationId, newOwnerId);
          organizations.updateRoles(
              organizationId,
              Map.of(
                  newOwnerId,
                  OrganizationRole.OWNER,
                  standing.accountId(),
                  OrganizationRole.ADMIN));
          audit.record(
              caller,
              AuditEntry.onOrganization("organization.ownership_transferred", organizationId)
                  .with("from", standing.accountId().toString())
                  .with("to", newOwnerId.toString())
                  .with("newOwnerFormerRole", target.role().name()),
              client);
          return member(organizationId, newOwnerId);
        });
  }

  @Override
  public BulkReport changeRoles(
      Caller caller, UUID organizationId, List<RoleChange> changes, ClientInfo client) {
    MembershipRules.requireLines("changes", changes);
    return transactions.inTransaction(
        () ->
            bulk.changeRoles(
                caller,
                lockFor(caller, organizationId, OrganizationPermission.MANAGE_MEMBERS),
                organizationId,
                changes,
                client));
  }

  @Override
  public BulkReport removeAll(
      Caller caller, UUID organizationId, List<UUID> accountIds, ClientInfo client) {
    MembershipRules.requireLines("accountIds", accountIds);
    return transactions.inTransaction(
        () ->
            bulk.removeAll(
                caller,
                lockFor(caller, organizationId, OrganizationPermission.MANAGE_MEMBERS),
                organizationId,
                accountIds,
                client));
  }

  private OrganizationAccess.Standing lockFor(
      Caller caller, UUID organizationId, OrganizationPermission permission) {
    return locking.lockFor(caller, organizationId, permission).standing();
  }

  MemberRemoval removeLocked(
      Caller caller, Member target, UUID organizationId, String action, ClientInfo client) {
    LicenseRelease.Released released =
        release.releaseFrom(organizationId, List.of(target.accountId()), clock.instant());
    organizations.removeMembers(organizationId, List.of(target.accountId()));
    audit.record(
        caller,
        AuditEntry.onMember(action, target.accountId(), organizationId)
            .with("role", target.role().name())
            .with("licensesUnassigned", Integer.toString(released.licenseIds().size()))
            .with("devicesDeactivated", Integer.toString(released.devicesDeactivated())),
        client);
    return new MemberRemoval(
        target.accountId(), released.licenseIds().size(), released.devicesDeactivated());
  }

  static AuditEntry roleChanged(UUID organizationId, Member target, OrganizationRole role) {
    return AuditEntry.onMember("member.role_changed", target.accountId(), organizationId)
        .with("from", target.role().name())
        .with("to", role.name());
  }

  private Member member(UUID organizationId, UUID accountId) {
    return organizations
        .findMember(organizationId, accountId)
        .orElseThrow(() -> LicensingException.notFound("member"));
  }

  private static UUID callerAccount(Caller caller) {
    return caller instanceof Caller.AccountCaller account ? account.principal().accountId() : null;
  }

  private static String encode(Member last) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, last.joinedAt());
    return Cursors.encode(Long.toString(micros), last.accountId().toString());
  }

  private static OrganizationRepository.MemberCursor decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    List<String> parts = Cursors.decode(cursor, 2);
    try {
      Instant joinedAt = Instant.EPOCH.plus(Long.parseLong(parts.get(0)), ChronoUnit.MICROS);
      return new OrganizationRepository.MemberCursor(joinedAt, UUID.fromString(parts.get(1)));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw Cursors.invalid();
    }
  }
}
