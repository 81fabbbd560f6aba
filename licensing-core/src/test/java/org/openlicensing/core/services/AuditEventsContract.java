package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.api.audit.AuditService;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.organizations.OrganizationUpdate;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** The audit log as organization admins and platform admins read it. */
public abstract class AuditEventsContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Teams teams;
  private AuditService audit;
  private Principal owner;
  private UUID team;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    teams = new Teams(fixture);
    audit = fixture.licensing.auditEvents();
    owner = fixture.customer();
    team = teams.organizationOf(owner);
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private static AuditQuery action(String action) {
    return new AuditQuery(action, null, null, null, null, null, null);
  }

  private void rename(String name) {
    fixture
        .licensing
        .organizations()
        .update(
            Teams.as(owner),
            team,
            new OrganizationUpdate(name, null),
            new ClientInfo("203.0.113.9", "test", "req-1"));
  }

  @Test
  void ownersAndAdminsReadTheOrganizationsEventsNewestFirstPageByPage() {
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    for (int i = 1; i <= 5; i++) {
      rename("Name " + i);
    }

    List<String> names = new ArrayList<>();
    String cursor = null;
    do {
      Page<AuditEvent> page =
          audit.organizationEvents(
              Teams.as(admin), team, action("organization.renamed"), cursor, 2);
      page.items().forEach(e -> names.add(e.details().get("to")));
      cursor = page.nextCursor().orElse(null);
    } while (cursor != null);

    assertThat(names).containsExactly("Name 5", "Name 4", "Name 3", "Name 2", "Name 1");
  }

  @Test
  void anActionEndingInADotFiltersAFamily() {
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    fixture.licensing.members().leave(Teams.as(member), team, null);
    rename("Other");

    List<AuditEvent> memberEvents =
        audit.organizationEvents(Teams.as(owner), team, action("member."), null, 50).items();

    assertThat(memberEvents)
        .extracting(AuditEvent::action)
        .containsExactly("member.left", "member.joined");
    assertThat(memberEvents).allSatisfy(e -> assertThat(e.organizationId()).contains(team));
  }

  @Test
  void eventsFilterByActorTargetAndTime() {
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    Instant before = fixture.clock.instant();
    fixture.clock.advance(Duration.ofMinutes(5));
    rename("Later");
    Instant after = fixture.clock.instant().plusSeconds(1);

    assertThat(
            audit
                .organizationEvents(
                    Teams.as(owner),
                    team,
                    new AuditQuery(
                        null, null, owner.accountId(), null, before.plusSeconds(1), after, null),
                    null,
                    10)
                .items())
        .extracting(AuditEvent::action)
        .containsExactly("organization.renamed");
    assertThat(
            audit
                .organizationEvents(
                    Teams.as(owner),
                    team,
                    new AuditQuery(null, "account", null, admin.accountId(), null, null, null),
                    null,
                    10)
                .items())
        .extracting(AuditEvent::action)
        .containsExactly("member.joined");
    LicensingException backwards =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                audit.organizationEvents(
                    Teams.as(owner),
                    team,
                    new AuditQuery(null, null, null, null, after, before, null),
                    null,
                    10));
    assertThat(backwards.fieldErrors().get(0).field()).isEqualTo("to");
  }

  @Test
  void membersMayNotReadTheLogAndStrangersDoNotSeeTheOrganization() {
    Principal billing = teams.member(owner, team, OrganizationRole.BILLING);
    Principal stranger = fixture.customer();

    assertThat(codeOf(() -> audit.organizationEvents(Teams.as(billing), team, null, null, 10)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> audit.organizationEvents(Teams.as(stranger), team, null, null, 10)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> audit.allEvents(Teams.as(owner), null, null, 10)))
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void theOrganizationFilterOfAQueryCannotReachAnotherOrganization() {
    Principal otherOwner = fixture.customer();
    UUID otherTeam = teams.organizationOf(otherOwner);

    List<AuditEvent> events =
        audit
            .organizationEvents(
                Teams.as(owner),
                team,
                new AuditQuery(null, null, null, null, null, null, otherTeam),
                null,
                50)
            .items();

    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.organizationId()).contains(team));
  }

  @Test
  void platformAdminsReadEveryOrganizationsEvents() {
    fixture.licensing.ensureSuperAdmin("root@example.test", "Staff-passphrase-1234");
    Principal root = fixture.signIn("root@example.test", "Staff-passphrase-1234");
    Principal otherOwner = fixture.customer();
    UUID otherTeam = teams.organizationOf(otherOwner);

    List<AuditEvent> created =
        audit.allEvents(Teams.as(root), action("organization.created"), null, 50).items();
    List<AuditEvent> ofOther =
        audit
            .allEvents(
                Teams.as(root),
                new AuditQuery(null, null, null, null, null, null, otherTeam),
                null,
                50)
            .items();

    assertThat(created)
        .extracting(e -> e.organizationId().orElseThrow())
        .containsExactly(otherTeam, team);
    assertThat(ofOther)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.organizationId()).contains(otherTeam));
    assertThat(audit.organizationEvents(Teams.as(root), team, null, null, 10).items()).isNotEmpty();
  }
}
