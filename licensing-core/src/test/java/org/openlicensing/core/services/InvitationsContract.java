package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.RateLimitedException;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.organizations.BulkLineResult;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.api.organizations.BulkReport;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.InvitationService;
import org.openlicensing.api.organizations.InvitationStatus;
import org.openlicensing.api.organizations.InviteRow;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.support.Secrets;
import org.openlicensing.core.testing.CoreFixture;

/**
 * Invitations: single-use tokens kept as hashes, 7 days, revocable and resendable, not piling up;
 * accepted by the invited address only, with an account or by signing up; and in bulk.
 */
public abstract class InvitationsContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Teams teams;
  private InvitationService invitations;
  private Principal owner;
  private UUID team;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    teams = new Teams(fixture);
    invitations = fixture.licensing.invitations();
    owner = fixture.customer();
    team = teams.organizationOf(owner);
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private Invitation invite(String email, OrganizationRole role) {
    Invitation invitation =
        invitations.invite(Teams.as(owner), team, email, role, ClientInfo.UNKNOWN);
    fixture.deliverMail();
    return invitation;
  }

  private Principal signedIn(String email) {
    return fixture.signIn(email, CoreFixture.PASSWORD);
  }

  @Test
  void theInvitedAccountJoinsWithTheRoleByTheLinkInTheEmail() {
    String email = fixture.verifiedAccount();
    invite(email, OrganizationRole.BILLING);

    var mail = fixture.mailer.sentTo(email).get(fixture.mailer.sentTo(email).size() - 1);
    assertThat(mail.subject()).isEqualTo("You are invited to join Engines");
    assertThat(mail.text()).contains("https://licensing.example.test/accept-invitation?token=");
    String token = fixture.mailer.lastTokenTo(email);
    Principal invited = signedIn(email);
    var membership = invitations.accept(Teams.as(invited), token, ClientInfo.UNKNOWN);

    assertThat(membership.organizationId()).isEqualTo(team);
    assertThat(membership.role()).isEqualTo(OrganizationRole.BILLING);
    assertThat(invitations.pending(Teams.as(owner), team, null, 10).items()).isEmpty();
  }

  @Test
  void theTokenIsKeptOnlyAsItsHash() {
    String email = CoreFixture.newEmail();
    Invitation invitation = invite(email, OrganizationRole.MEMBER);
    String token = fixture.mailer.lastTokenTo(email);

    var store = fixture.store;
    assertThat(
            store
                .transactions()
                .inTransaction(() -> store.invitations().findByTokenHash(Secrets.hash(token))))
        .map(Invitation::id)
        .contains(invitation.id());
    assertThat(store.transactions().inTransaction(() -> store.invitations().findByTokenHash(token)))
        .isEmpty();
  }

  @Test
  void aTokenWorksOnce() {
    String email = fixture.verifiedAccount();
    invite(email, OrganizationRole.MEMBER);
    String token = fixture.mailer.lastTokenTo(email);
    Principal invited = signedIn(email);
    invitations.accept(Teams.as(invited), token, ClientInfo.UNKNOWN);

    assertThat(codeOf(() -> invitations.accept(Teams.as(invited), token, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
    assertThat(codeOf(() -> invitations.preview(token, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void aTokenExpiresAfterSevenDays() {
    String email = fixture.verifiedAccount();
    invite(email, OrganizationRole.MEMBER);
    String token = fixture.mailer.lastTokenTo(email);
    Principal invited = signedIn(email);

    fixture.clock.advance(Duration.ofDays(7).minusSeconds(1));
    assertThat(invitations.preview(token, ClientInfo.UNKNOWN).organizationName())
        .isEqualTo("Engines");
    fixture.clock.advance(Duration.ofSeconds(1));

    assertThat(codeOf(() -> invitations.accept(Teams.as(invited), token, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
    assertThat(invitations.pending(Teams.as(owner), team, null, 10).items())
        .extracting(i -> i.statusAt(fixture.clock.instant()))
        .containsExactly(InvitationStatus.EXPIRED);
  }

  @Test
  void aRevokedInvitationCannotBeAccepted() {
    String email = fixture.verifiedAccount();
    Invitation invitation = invite(email, OrganizationRole.MEMBER);
    String token = fixture.mailer.lastTokenTo(email);

    invitations.revoke(Teams.as(owner), team, invitation.id(), ClientInfo.UNKNOWN);

    assertThat(codeOf(() -> invitations.accept(Teams.as(signedIn(email)), token, null)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
    assertThat(invitations.pending(Teams.as(owner), team, null, 10).items()).isEmpty();
  }

  @Test
  void resendingGivesANewTokenAndSevenMoreDaysAndVoidsTheOldOne() {
    String email = fixture.verifiedAccount();
    Invitation invitation = invite(email, OrganizationRole.MEMBER);
    String first = fixture.mailer.lastTokenTo(email);
    fixture.clock.advance(Duration.ofDays(8));

    Invitation resent =
        invitations.resend(Teams.as(owner), team, invitation.id(), ClientInfo.UNKNOWN);
    fixture.deliverMail();
    String second = fixture.mailer.lastTokenTo(email);

    assertThat(resent.id()).isEqualTo(invitation.id());
    assertThat(resent.expiresAt()).isEqualTo(fixture.clock.instant().plus(Duration.ofDays(7)));
    assertThat(second).isNotEqualTo(first);
    Principal invited = signedIn(email);
    assertThat(codeOf(() -> invitations.accept(Teams.as(invited), first, null)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
    assertThat(invitations.accept(Teams.as(invited), second, null).organizationId())
        .isEqualTo(team);
  }

  @Test
  void invitingAnAddressAgainRenewsItsInvitationInsteadOfAddingOne() {
    String email = CoreFixture.newEmail();
    Invitation first = invite(email, OrganizationRole.MEMBER);

    Invitation second = invite(email.toUpperCase(), OrganizationRole.ADMIN);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.role()).isEqualTo(OrganizationRole.ADMIN);
    assertThat(invitations.pending(Teams.as(owner), team, null, 10).items()).hasSize(1);
  }

  @Test
  void onlyTheInvitedAddressMayAccept() {
    String invitedEmail = CoreFixture.newEmail();
    invite(invitedEmail, OrganizationRole.MEMBER);
    String token = fixture.mailer.lastTokenTo(invitedEmail);
    Principal someoneElse = fixture.customer();

    assertThat(codeOf(() -> invitations.accept(Teams.as(someoneElse), token, null)))
        .isEqualTo(ErrorCode.INVITATION_FOR_ANOTHER_ADDRESS);
    assertThat(invitations.pending(Teams.as(owner), team, null, 10).items()).hasSize(1);
  }

  @Test
  void someoneWithoutAnAccountSignsUpWithTheTokenAndJoinsOnVerifying() {
    String email = CoreFixture.newEmail();
    invite(email, OrganizationRole.ADMIN);
    String invitation = fixture.mailer.lastTokenTo(email);

    fixture
        .licensing
        .accounts()
        .signUp(new SignUp(email, CoreFixture.PASSWORD, "Newcomer", invitation), null);
    fixture.deliverMail();
    fixture.licensing.accounts().verifyEmail(fixture.mailer.lastTokenTo(email), null);
    Principal newcomer = signedIn(email);

    assertThat(fixture.licensing.organizations().list(Teams.as(newcomer)))
        .anySatisfy(
            view -> {
              assertThat(view.organization().id()).isEqualTo(team);
              assertThat(view.callerRole()).contains(OrganizationRole.ADMIN);
            });
    assertThat(codeOf(() -> invitations.preview(invitation, null)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void aSignUpWithAnInvitationForAnotherAddressIsRefusedAndOpensNoAccount() {
    invite(CoreFixture.newEmail(), OrganizationRole.MEMBER);
    String token = fixture.mailer.sent().get(fixture.mailer.sent().size() - 1).text();
    String invitationToken = token.substring(token.indexOf("token=") + 6).split("\\s")[0];
    String other = CoreFixture.newEmail();

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .accounts()
                        .signUp(
                            new SignUp(other, CoreFixture.PASSWORD, "X", invitationToken), null)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
    assertThat(fixture.mailer.sentTo(other)).isEmpty();
  }

  @Test
  void membersAreNotInvitedAgain() {
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);

    assertThat(codeOf(() -> invite(teams.emailOf(member), OrganizationRole.ADMIN)))
        .isEqualTo(ErrorCode.ALREADY_MEMBER);
  }

  @Test
  void personalOrganizationsTakeNoInvitations() {
    UUID personal = fixture.licensing.accounts().get(owner.accountId()).personalOrganizationId();

    assertThat(
            codeOf(
                () ->
                    invitations.invite(
                        Teams.as(owner),
                        personal,
                        CoreFixture.newEmail(),
                        OrganizationRole.MEMBER,
                        null)))
        .isEqualTo(ErrorCode.PERSONAL_ORGANIZATION);
  }

  @Test
  void onlyOwnersInviteOwnersAndMembersInviteNoOne() {
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    String email = CoreFixture.newEmail();

    assertThat(
            codeOf(
                () ->
                    invitations.invite(Teams.as(admin), team, email, OrganizationRole.OWNER, null)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(
            invitations.invite(Teams.as(admin), team, email, OrganizationRole.ADMIN, null).role())
        .isEqualTo(OrganizationRole.ADMIN);
    assertThat(
            codeOf(
                () ->
                    invitations.invite(
                        Teams.as(member), team, email, OrganizationRole.MEMBER, null)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> invitations.pending(Teams.as(member), team, null, 10)))
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void anotherOrganizationsInvitationIsNotFound() {
    Invitation invitation = invite(CoreFixture.newEmail(), OrganizationRole.MEMBER);
    Principal otherOwner = fixture.customer();
    UUID otherTeam = teams.organizationOf(otherOwner);

    assertThat(
            codeOf(
                () -> invitations.revoke(Teams.as(otherOwner), otherTeam, invitation.id(), null)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> invitations.revoke(Teams.as(otherOwner), team, invitation.id(), null)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aBulkInvitationReportsEveryLine() {
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    String pendingAddress = CoreFixture.newEmail();
    invite(pendingAddress, OrganizationRole.MEMBER);
    List<InviteRow> rows =
        List.of(
            new InviteRow(2, "first@example.test", "member"),
            new InviteRow(3, "not-an-address", "MEMBER"),
            new InviteRow(4, "second@example.test", "CAPTAIN"),
            new InviteRow(5, "FIRST@example.test", "ADMIN"),
            new InviteRow(6, teams.emailOf(member), "ADMIN"),
            new InviteRow(7, pendingAddress, "BILLING"),
            new InviteRow(8, "", "MEMBER"),
            new InviteRow(9, "third@example.test", null));

    BulkReport report = invitations.inviteAll(Teams.as(owner), team, rows, ClientInfo.UNKNOWN);
    fixture.deliverMail();

    assertThat(report.lines())
        .extracting(BulkLineResult::line, BulkLineResult::outcome)
        .containsExactly(
            tuple(2, BulkOutcome.INVITED),
            tuple(3, BulkOutcome.INVALID_ADDRESS),
            tuple(4, BulkOutcome.INVALID_ROLE),
            tuple(5, BulkOutcome.DUPLICATE_LINE),
            tuple(6, BulkOutcome.ALREADY_MEMBER),
            tuple(7, BulkOutcome.REINVITED),
            tuple(8, BulkOutcome.INVALID_ADDRESS),
            tuple(9, BulkOutcome.INVALID_ROLE));
    assertThat(report.applied()).isEqualTo(2);
    assertThat(fixture.mailer.sentTo("first@example.test")).hasSize(1);
    assertThat(fixture.mailer.sentTo("second@example.test")).isEmpty();
    assertThat(invitations.pending(Teams.as(owner), team, null, 10).items())
        .extracting(Invitation::email, Invitation::role)
        .containsExactlyInAnyOrder(
            tuple(pendingAddress, OrganizationRole.BILLING),
            tuple("first@example.test", OrganizationRole.MEMBER));
  }

  @Test
  void aBulkInvitationTakesAThousandLinesAndNoMore() {
    List<InviteRow> rows = new ArrayList<>();
    for (int i = 1; i <= 1_000; i++) {
      rows.add(new InviteRow(i, "person-" + i + "@bulk.example", "MEMBER"));
    }

    BulkReport report = invitations.inviteAll(Teams.as(owner), team, rows, ClientInfo.UNKNOWN);

    assertThat(report.counts()).containsEntry(BulkOutcome.INVITED, 1_000).hasSize(1);
    assertThat(invitations.pending(Teams.as(owner), team, null, 500).nextCursor()).isPresent();
    List<InviteRow> tooMany = new ArrayList<>(rows);
    tooMany.add(new InviteRow(1_001, "one-more@bulk.example", "MEMBER"));
    LicensingException refused =
        catchThrowableOfType(
            LicensingException.class,
            () -> invitations.inviteAll(Teams.as(owner), team, tooMany, null));
    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(refused.fieldErrors().get(0).field()).isEqualTo("invitations");
  }

  @Test
  void anOrganizationSendsAtMostTwoThousandInvitationsADay() {
    List<InviteRow> rows = new ArrayList<>();
    for (int i = 1; i <= 1_000; i++) {
      rows.add(new InviteRow(i, "person-" + i + "@bulk.example", "MEMBER"));
    }
    invitations.inviteAll(Teams.as(owner), team, rows, null);
    invitations.inviteAll(Teams.as(owner), team, rows, null);

    RateLimitedException limited =
        catchThrowableOfType(
            RateLimitedException.class,
            () ->
                invitations.invite(
                    Teams.as(owner), team, "late@example.test", OrganizationRole.MEMBER, null));

    assertThat(limited).isNotNull();
    assertThat(invitations.pending(Teams.as(owner), team, null, 500).items())
        .extracting(Invitation::email)
        .doesNotContain("late@example.test");
  }
}
