package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.organizations.BulkLineResult;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.MemberRemoval;
import org.openlicensing.api.organizations.MemberService;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.organizations.RoleChange;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * Members and roles: who changes whom, the last owner stays, ownership moves in one step, and a
 * member who goes loses the organization's licenses and their devices; one by one and in bulk.
 */
public abstract class MembersContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Teams teams;
  private MemberService members;
  private Principal owner;
  private UUID team;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    teams = new Teams(fixture);
    members = fixture.licensing.members();
    owner = fixture.customer();
    team = teams.organizationOf(owner);
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private OrganizationRole roleOf(Principal principal) {
    return members.list(Teams.as(owner), team, null, 500).items().stream()
        .filter(m -> m.accountId().equals(principal.accountId()))
        .map(Member::role)
        .findFirst()
        .orElse(null);
  }

  /** The team's licenses after the owner buys the seats. */
  private List<License> buySeats(int seats) {
    fixture
        .licensing
        .subscriptions()
        .subscribe(
            Teams.as(owner),
            new NewSubscription(team, "pro", seats, BillingPeriod.MONTHLY, "pm_card_visa"),
            null);
    return fixture.licensing.licenses().visibleTo(Teams.as(owner), null, 100).items().stream()
        .map(LicenseView::license)
        .filter(l -> l.organizationId().equals(team))
        .toList();
  }

  private void activate(License license, String fingerprint) {
    fixture
        .licensing
        .activations()
        .activate(new ActivationRequest(license.key(), fingerprint, null, null));
  }

  private int activeDevices(License license) {
    return fixture
        .store
        .transactions()
        .inTransaction(() -> fixture.store.activations().countActive(license.id()));
  }

  @Test
  void everyMemberSeesTheMembersPageByPage() {
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);

    Page<Member> first = members.list(Teams.as(member), team, null, 2);
    Page<Member> second = members.list(Teams.as(member), team, first.nextCursor().orElseThrow(), 2);

    assertThat(first.items())
        .extracting(Member::accountId, Member::role)
        .containsExactly(
            tuple(owner.accountId(), OrganizationRole.OWNER),
            tuple(admin.accountId(), OrganizationRole.ADMIN));
    assertThat(second.items()).extracting(Member::email).containsExactly(teams.emailOf(member));
    assertThat(second.nextCursor()).isEmpty();
    assertThat(codeOf(() -> members.list(Teams.as(fixture.customer()), team, null, 10)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void adminsChangeTheRolesOfNonOwnersAndOnlyOwnersTouchOwners() {
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);

    members.changeRole(
        Teams.as(admin), team, member.accountId(), OrganizationRole.BILLING, ClientInfo.UNKNOWN);
    assertThat(roleOf(member)).isEqualTo(OrganizationRole.BILLING);
    assertThat(
            codeOf(
                () ->
                    members.changeRole(
                        Teams.as(admin), team, member.accountId(), OrganizationRole.OWNER, null)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(
            codeOf(
                () ->
                    members.changeRole(
                        Teams.as(admin), team, owner.accountId(), OrganizationRole.MEMBER, null)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(
            codeOf(
                () ->
                    members.changeRole(
                        Teams.as(member), team, admin.accountId(), OrganizationRole.MEMBER, null)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    members.changeRole(Teams.as(owner), team, member.accountId(), OrganizationRole.OWNER, null);
    assertThat(roleOf(member)).isEqualTo(OrganizationRole.OWNER);
  }

  @Test
  void theLastOwnerCanNeitherLeaveNorBeRemovedNorDemoted() {
    assertThat(codeOf(() -> members.leave(Teams.as(owner), team, null)))
        .isEqualTo(ErrorCode.LAST_OWNER);
    assertThat(codeOf(() -> members.remove(Teams.as(owner), team, owner.accountId(), null)))
        .isEqualTo(ErrorCode.LAST_OWNER);
    assertThat(
            codeOf(
                () ->
                    members.changeRole(
                        Teams.as(owner), team, owner.accountId(), OrganizationRole.ADMIN, null)))
        .isEqualTo(ErrorCode.LAST_OWNER);

    Principal second = teams.member(owner, team, OrganizationRole.OWNER);
    members.leave(Teams.as(owner), team, ClientInfo.UNKNOWN);
    assertThat(codeOf(() -> members.leave(Teams.as(second), team, null)))
        .isEqualTo(ErrorCode.LAST_OWNER);
    assertThat(members.list(Teams.as(second), team, null, 10).items())
        .extracting(Member::accountId)
        .containsExactly(second.accountId());
  }

  @Test
  void noOneLeavesTheirPersonalOrganization() {
    UUID personal = fixture.licensing.accounts().get(owner.accountId()).personalOrganizationId();

    assertThat(codeOf(() -> members.leave(Teams.as(owner), personal, null)))
        .isEqualTo(ErrorCode.PERSONAL_ORGANIZATION);
  }

  @Test
  void anOwnerHandsOwnershipOnInOneStep() {
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);

    assertThat(
            codeOf(
                () -> members.transferOwnership(Teams.as(admin), team, member.accountId(), null)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    Member newOwner =
        members.transferOwnership(Teams.as(owner), team, member.accountId(), ClientInfo.UNKNOWN);

    assertThat(newOwner.role()).isEqualTo(OrganizationRole.OWNER);
    assertThat(roleOf(owner)).isEqualTo(OrganizationRole.ADMIN);
    assertThat(codeOf(() -> members.leave(Teams.as(member), team, null)))
        .isEqualTo(ErrorCode.LAST_OWNER);
    assertThat(
            codeOf(
                () ->
                    members.transferOwnership(
                        Teams.as(member), team, UUID.randomUUID(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aRemovedMemberLosesTheLicensesAndTheirDevicesStop() {
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    List<License> licenses = buySeats(2);
    License held = licenses.get(0);
    License other = licenses.get(1);
    fixture.licensing.licenses().assign(Teams.as(owner), held.id(), member.accountId(), null);
    activate(held, "laptop");
    activate(held, "desktop");
    activate(other, "build-server");
    assertThat(fixture.licensing.licenses().visibleTo(Teams.as(member), null, 10).items())
        .extracting(v -> v.license().id())
        .containsExactly(held.id());

    MemberRemoval removal =
        members.remove(Teams.as(owner), team, member.accountId(), ClientInfo.UNKNOWN);

    assertThat(removal.licensesUnassigned()).isEqualTo(1);
    assertThat(removal.devicesDeactivated()).isEqualTo(2);
    assertThat(activeDevices(held)).isZero();
    assertThat(activeDevices(other)).isEqualTo(1);
    assertThat(fixture.licensing.licenses().get(Teams.as(owner), held.id()).license().assigneeId())
        .isEmpty();
    assertThat(fixture.licensing.licenses().visibleTo(Teams.as(member), null, 10).items())
        .isEmpty();
    assertThat(
            fixture
                .licensing
                .auditEvents()
                .organizationEvents(
                    Teams.as(owner),
                    team,
                    new org.openlicensing.api.audit.AuditQuery(
                        "member.removed", null, null, null, null, null, null),
                    null,
                    10)
                .items())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.targetId()).contains(member.accountId());
              assertThat(e.details())
                  .containsEntry("licensesUnassigned", "1")
                  .containsEntry("devicesDeactivated", "2");
            });
  }

  @Test
  void aMemberWhoLeavesLosesTheLicensesToo() {
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    License held = buySeats(1).get(0);
    fixture.licensing.licenses().assign(Teams.as(owner), held.id(), member.accountId(), null);
    activate(held, "laptop");

    MemberRemoval removal = members.leave(Teams.as(member), team, ClientInfo.UNKNOWN);

    assertThat(removal.devicesDeactivated()).isEqualTo(1);
    assertThat(activeDevices(held)).isZero();
    assertThat(codeOf(() -> members.list(Teams.as(member), team, null, 10)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void membersRemoveOnlyThemselves() {
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    Principal other = teams.member(owner, team, OrganizationRole.MEMBER);

    assertThat(codeOf(() -> members.remove(Teams.as(member), team, other.accountId(), null)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    members.remove(Teams.as(member), team, member.accountId(), null);
    assertThat(roleOf(member)).isNull();
  }

  @Test
  void licensesGoToMembersOnlyAndOnlyAdminsHandThemOut() {
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    Principal billing = teams.member(owner, team, OrganizationRole.BILLING);
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    Principal stranger = fixture.customer();
    License license = buySeats(1).get(0);
    var licenses = fixture.licensing.licenses();

    assertThat(
            codeOf(
                () -> licenses.assign(Teams.as(owner), license.id(), stranger.accountId(), null)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(
            codeOf(
                () -> licenses.assign(Teams.as(billing), license.id(), member.accountId(), null)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(
            codeOf(
                () -> licenses.assign(Teams.as(stranger), license.id(), member.accountId(), null)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    LicenseView assigned =
        licenses.assign(Teams.as(admin), license.id(), member.accountId(), ClientInfo.UNKNOWN);
    assertThat(assigned.license().assigneeId()).contains(member.accountId());
    assertThat(
            codeOf(() -> licenses.assign(Teams.as(admin), license.id(), admin.accountId(), null)))
        .isEqualTo(ErrorCode.CONFLICT);
    assertThat(codeOf(() -> licenses.unassign(Teams.as(member), license.id(), null)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    activate(license, "laptop");

    LicenseView unassigned = licenses.unassign(Teams.as(admin), license.id(), ClientInfo.UNKNOWN);

    assertThat(unassigned.license().assigneeId()).isEmpty();
    assertThat(unassigned.activeActivations()).isZero();
  }

  @Test
  void aBulkRoleChangeJudgesEveryLineInOrder() {
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    Principal billing = teams.member(owner, team, OrganizationRole.BILLING);
    List<RoleChange> changes =
        Arrays.asList(
            new RoleChange(member.accountId(), "admin"),
            new RoleChange(null, "MEMBER"),
            new RoleChange(member.accountId(), "BILLING"),
            new RoleChange(billing.accountId(), "CAPTAIN"),
            new RoleChange(UUID.randomUUID(), "MEMBER"),
            new RoleChange(admin.accountId(), "ADMIN"),
            new RoleChange(owner.accountId(), "MEMBER"),
            null);

    var report = members.changeRoles(Teams.as(owner), team, changes, ClientInfo.UNKNOWN);

    assertThat(report.lines())
        .extracting(BulkLineResult::line, BulkLineResult::outcome)
        .containsExactly(
            tuple(1, BulkOutcome.CHANGED),
            tuple(2, BulkOutcome.INVALID_LINE),
            tuple(3, BulkOutcome.DUPLICATE_LINE),
            tuple(4, BulkOutcome.INVALID_ROLE),
            tuple(5, BulkOutcome.NOT_A_MEMBER),
            tuple(6, BulkOutcome.UNCHANGED),
            tuple(7, BulkOutcome.LAST_OWNER),
            tuple(8, BulkOutcome.INVALID_LINE));
    assertThat(roleOf(member)).isEqualTo(OrganizationRole.ADMIN);
    assertThat(roleOf(owner)).isEqualTo(OrganizationRole.OWNER);

    var byAdmin =
        members.changeRoles(
            Teams.as(admin),
            team,
            List.of(
                new RoleChange(billing.accountId(), "OWNER"),
                new RoleChange(billing.accountId(), "MEMBER")),
            null);
    assertThat(byAdmin.lines())
        .extracting(BulkLineResult::outcome)
        .containsExactly(BulkOutcome.FORBIDDEN, BulkOutcome.DUPLICATE_LINE);
  }

  @Test
  void aBulkChangeCanPromoteAnOwnerBeforeDemotingTheOldOne() {
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);

    var report =
        members.changeRoles(
            Teams.as(owner),
            team,
            List.of(
                new RoleChange(member.accountId(), "OWNER"),
                new RoleChange(owner.accountId(), "ADMIN")),
            null);

    assertThat(report.counts()).containsEntry(BulkOutcome.CHANGED, 2);
    assertThat(roleOf(member)).isEqualTo(OrganizationRole.OWNER);
  }

  @Test
  void aBulkRemovalReleasesEveryRemovedMembersLicenses() {
    List<Principal> leaving = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      leaving.add(teams.member(owner, team, OrganizationRole.MEMBER));
    }
    List<License> licenses = buySeats(3);
    for (int i = 0; i < 3; i++) {
      fixture
          .licensing
          .licenses()
          .assign(Teams.as(owner), licenses.get(i).id(), leaving.get(i).accountId(), null);
      activate(licenses.get(i), "device-" + i);
    }
    List<UUID> ids = new ArrayList<>(leaving.stream().map(Principal::accountId).toList());
    ids.add(ids.get(0));
    ids.add(owner.accountId());
    ids.add(UUID.randomUUID());

    var report = members.removeAll(Teams.as(owner), team, ids, ClientInfo.UNKNOWN);

    assertThat(report.lines())
        .extracting(BulkLineResult::outcome)
        .containsExactly(
            BulkOutcome.REMOVED,
            BulkOutcome.REMOVED,
            BulkOutcome.REMOVED,
            BulkOutcome.DUPLICATE_LINE,
            BulkOutcome.LAST_OWNER,
            BulkOutcome.NOT_A_MEMBER);
    assertThat(licenses).allSatisfy(l -> assertThat(activeDevices(l)).isZero());
    assertThat(members.list(Teams.as(owner), team, null, 10).items())
        .extracting(Member::accountId)
        .containsExactly(owner.accountId());
  }

  @Test
  void bulkRequestsTakeOneToAThousandLines() {
    List<UUID> tooMany = new ArrayList<>();
    for (int i = 0; i < 1_001; i++) {
      tooMany.add(UUID.randomUUID());
    }

    assertThat(codeOf(() -> members.removeAll(Teams.as(owner), team, tooMany, null)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(codeOf(() -> members.changeRoles(Teams.as(owner), team, List.of(), null)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
  }
}
