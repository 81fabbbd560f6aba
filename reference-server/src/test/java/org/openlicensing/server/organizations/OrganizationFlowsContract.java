package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.MailSubjects;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * Organizations over real HTTP and SMTP: the invitation e-mail and its link, joining with an
 * account or by signing up, single-use, revoked, resent and replaced invitations, the page the link
 * opens; the last-owner rules; what removing a member takes back; who sees which licenses; and who
 * reads the organization's audit events.
 */
public abstract class OrganizationFlowsContract extends ServerTestBase {

  private Team newTeam() {
    return Team.create(api, mailbox, newCustomer(), "Flow Corp");
  }

  /** The token's preview, asked from an address of its own (previews are limited per address). */
  private ApiResponse preview(String token) {
    return api.fromAnotherAddress().post("/v1/invitations/preview", Map.of("token", token));
  }

  // The invitation e-mail, preview and acceptance

  @Test
  void anInvitationAnswersWithoutItsTokenAndExpiresInSevenDays() {
    Team team = newTeam();
    String email = Team.newAddress("Bea");

    ApiResponse invited = team.invite(email, "ADMIN");

    assertThat(invited.status()).as("%s", invited).isEqualTo(201);
    JsonNode invitation = invited.json();
    assertThat(invitation.get("organizationId").asText()).isEqualTo(team.id());
    assertThat(invitation.get("email").asText()).isEqualTo(email.toLowerCase());
    assertThat(invitation.get("role").asText()).isEqualTo("ADMIN");
    assertThat(invitation.get("status").asText()).isEqualTo("PENDING");
    assertThat(invitation.get("invitedBy").asText()).isEqualTo(team.founder().id());
    assertThat(
            Duration.between(
                Instant.parse(invitation.get("createdAt").asText()),
                Instant.parse(invitation.get("expiresAt").asText())))
        .isEqualTo(Duration.ofDays(7));
    assertThat(invited.header("Location"))
        .endsWith(team.path("/invitations/" + invitation.get("id").asText()));
    String token = team.invitationToken(email.toLowerCase());
    assertThat(invited.text()).doesNotContain(token);
    assertThat(team.openInvitations().toString()).doesNotContain(token);
  }

  @Test
  void theInvitationMailLinksToTheAcceptPageAndTheTokenPreviewsTheInvitation() {
    Team team = newTeam();
    String email = Team.newAddress("bea");
    team.invited(email, "BILLING");

    String text = Mailbox.textOf(team.invitationMail(email, 1));
    String token = team.invitationToken(email);
    ApiResponse preview = preview(token);

    assertThat(text)
        .contains(
            server.server().publicUrl()
                + "/accept-invitation?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8))
        .contains(team.name());
    assertThat(preview.status()).as("%s", preview).isEqualTo(200);
    assertThat(preview.field("organizationName")).isEqualTo(team.name());
    assertThat(preview.field("email")).isEqualTo(email);
    assertThat(preview.field("role")).isEqualTo("BILLING");
    assertThat(Instant.parse(preview.field("expiresAt")))
        .isAfter(Instant.now().plus(Duration.ofDays(6)));
  }

  @Test
  void anInvitedAccountAcceptsAndJoinsWithTheInvitedRole() {
    Team team = newTeam();
    Customer bea = newCustomer();
    team.invited(bea.email(), "ADMIN");

    ApiResponse accepted = Team.accept(bea, team.invitationToken(bea.email()));

    assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    assertThat(accepted.field("organizationId")).isEqualTo(team.id());
    assertThat(accepted.field("accountId")).isEqualTo(bea.id());
    assertThat(accepted.field("role")).isEqualTo("ADMIN");
    assertThat(accepted.field("joinedAt")).isNotBlank();
    assertThat(team.roleOf(bea.id())).contains("ADMIN");
    assertThat(team.openInvitations()).isEmpty();
    ApiResponse mine = api.get("/v1/organizations", bea.accessToken());
    assertThat(mine.json().get("items").findValuesAsText("id")).contains(team.id());
    ApiResponse seen = api.get(team.path(), bea.accessToken());
    assertThat(seen.field("role")).isEqualTo("ADMIN");
    assertThat(seen.json().get("memberCount").asInt()).isEqualTo(2);
  }

  @Test
  void aTokenWorksOnlyOnce() {
    Team team = newTeam();
    Customer bea = newCustomer();
    team.invited(bea.email(), "MEMBER");
    String token = team.invitationToken(bea.email());
    assertThat(Team.accept(bea, token).status()).isEqualTo(200);

    ApiResponse again = Team.accept(bea, token);

    assertProblem(again, 400, "TOKEN_INVALID");
    assertProblem(preview(token), 400, "TOKEN_INVALID");
    assertThat(team.members().stream().filter(m -> m.get("accountId").asText().equals(bea.id())))
        .hasSize(1);
  }

  @Test
  void aNewPersonSignsUpWithTheTokenAndJoinsWhenTheAddressIsConfirmed() {
    Team team = newTeam();
    String email = Team.newAddress("newbie");
    team.invited(email, "BILLING");
    String token = team.invitationToken(email);
    ApiClient newbie = api.fromAnotherAddress();

    ApiResponse signUp =
        newbie.post(
            "/v1/accounts",
            Map.of(
                "email",
                email,
                "password",
                Customer.PASSWORD,
                "name",
                "Nell Newbie",
                "invitationToken",
                token));

    assertThat(signUp.status()).as("%s", signUp).isEqualTo(201);
    String accountId = signUp.field("id");
    assertThat(team.roleOf(accountId)).as("no member before the address is confirmed").isEmpty();
    String verification =
        Mailbox.tokenOf(mailbox.awaitSubject(email, MailSubjects.VERIFY, Team.MAIL));
    ApiResponse verified = newbie.post("/v1/accounts/verify", Map.of("token", verification));
    assertThat(verified.status()).as("%s", verified).isEqualTo(200);
    assertThat(team.roleOf(accountId)).contains("BILLING");
    assertThat(team.openInvitations()).isEmpty();
    String bearer = SignIn.withPassword(newbie, email, Customer.PASSWORD).accessToken();
    ApiResponse organizations = api.get("/v1/organizations", bearer);
    assertThat(organizations.json().get("items").findValuesAsText("id")).contains(team.id());
    assertProblem(preview(token), 400, "TOKEN_INVALID");
  }

  @Test
  void aSignUpWithTheTokenOfAnotherAddressIsRefused() {
    Team team = newTeam();
    String invited = Team.newAddress("invited");
    team.invited(invited, "MEMBER");
    String token = team.invitationToken(invited);

    ApiResponse signUp =
        api.fromAnotherAddress()
            .post(
                "/v1/accounts",
                Map.of(
                    "email",
                    Team.newAddress("someone-else"),
                    "password",
                    Customer.PASSWORD,
                    "name",
                    "Someone Else",
                    "invitationToken",
                    token));

    assertProblem(signUp, 400, "TOKEN_INVALID");
    assertThat(preview(token).status()).isEqualTo(200);
  }

  @Test
  void anotherAccountCannotUseTheInvitationAndDoesNotSpendIt() {
    Team team = newTeam();
    Customer bea = newCustomer();
    Customer carl = newCustomer();
    team.invited(bea.email(), "MEMBER");
    String token = team.invitationToken(bea.email());

    ApiResponse wrong = Team.accept(carl, token);

    assertProblem(wrong, 403, "INVITATION_FOR_ANOTHER_ADDRESS");
    assertThat(team.roleOf(carl.id())).isEmpty();
    assertThat(Team.accept(bea, token).status()).isEqualTo(200);
  }

  @Test
  void aRevokedInvitationNoLongerWorks() {
    Team team = newTeam();
    Customer bea = newCustomer();
    String invitationId = team.invited(bea.email(), "MEMBER").get("id").asText();
    String token = team.invitationToken(bea.email());

    ApiResponse revoked =
        api.delete(team.path("/invitations/" + invitationId), team.founder().accessToken());

    assertThat(revoked.status()).as("%s", revoked).isEqualTo(204);
    assertProblem(preview(token), 400, "TOKEN_INVALID");
    assertProblem(Team.accept(bea, token), 400, "TOKEN_INVALID");
    assertThat(team.roleOf(bea.id())).isEmpty();
    assertThat(team.openInvitations()).isEmpty();
  }

  @Test
  void aResentInvitationHasANewLinkAndTheOldOneStopsWorking() {
    Team team = newTeam();
    Customer bea = newCustomer();
    String invitationId = team.invited(bea.email(), "ADMIN").get("id").asText();
    String first = team.invitationToken(bea.email(), 1);

    ApiResponse resent =
        api.post(
            team.path("/invitations/" + invitationId + "/resend"),
            null,
            team.founder().accessToken());

    assertThat(resent.status()).as("%s", resent).isEqualTo(200);
    assertThat(resent.field("id")).isEqualTo(invitationId);
    assertThat(resent.field("status")).isEqualTo("PENDING");
    String second = team.invitationToken(bea.email(), 2);
    assertThat(second).isNotEqualTo(first);
    assertProblem(preview(first), 400, "TOKEN_INVALID");
    assertProblem(Team.accept(bea, first), 400, "TOKEN_INVALID");
    ApiResponse accepted = Team.accept(bea, second);
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    assertThat(accepted.field("role")).isEqualTo("ADMIN");
  }

  @Test
  void aSecondInvitationToAnAddressReplacesTheOpenOne() {
    Team team = newTeam();
    Customer bea = newCustomer();
    String firstId = team.invited(bea.email(), "MEMBER").get("id").asText();
    String first = team.invitationToken(bea.email(), 1);

    JsonNode second = team.invited(bea.email(), "ADMIN");

    assertThat(second.get("id").asText()).isEqualTo(firstId);
    List<JsonNode> open = team.openInvitations();
    assertThat(open).hasSize(1);
    assertThat(open.get(0).get("role").asText()).isEqualTo("ADMIN");
    assertProblem(preview(first), 400, "TOKEN_INVALID");
    ApiResponse accepted = Team.accept(bea, team.invitationToken(bea.email(), 2));
    assertThat(accepted.field("role")).as("%s", accepted).isEqualTo("ADMIN");
  }

  @Test
  void aMemberCannotBeInvitedAgain() {
    Team team = newTeam();
    Customer bea = newCustomer();
    team.join(bea, "MEMBER");

    assertProblem(team.invite(bea.email(), "ADMIN"), 409, "ALREADY_MEMBER");
    assertProblem(team.invite(team.founder().email(), "MEMBER"), 409, "ALREADY_MEMBER");
    assertThat(team.openInvitations()).isEmpty();
  }

  @Test
  void aPersonalOrganizationTakesNoInvitationsAndCannotBeLeft() {
    Customer ada = newCustomer();
    String personal = "/v1/organizations/" + ada.organizationId();

    ApiResponse invite =
        api.post(
            personal + "/invitations",
            Map.of("email", Team.newAddress("friend"), "role", "MEMBER"),
            ada.accessToken());
    ApiResponse leave = api.post(personal + "/leave", null, ada.accessToken());

    assertProblem(invite, 409, "PERSONAL_ORGANIZATION");
    assertProblem(leave, 409, "PERSONAL_ORGANIZATION");
  }

  // The page the link opens

  @Test
  void theInvitationPageShowsTheOrganizationAndItsSignInFormJoins() {
    Team team = newTeam();
    Customer bea = newCustomer();
    team.invited(bea.email(), "ADMIN");
    String token = team.invitationToken(bea.email());
    ApiClient browser = api.fromAnotherAddress();

    ApiResponse page =
        browser.get(
            "/accept-invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), null);

    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.text())
        .contains(team.name())
        .contains(bea.email())
        .contains(" as admin")
        .contains("action=\"/accept-invitation/sign-in\"")
        .contains("action=\"/accept-invitation/sign-up\"");
    ApiResponse joined =
        postForm(
            browser,
            "/accept-invitation/sign-in",
            Map.of("token", token, "email", bea.email(), "password", Customer.PASSWORD));
    assertThat(joined.status()).as("%s", joined).isEqualTo(200);
    assertThat(joined.text()).contains("You joined the organization");
    assertThat(team.roleOf(bea.id())).contains("ADMIN");
  }

  @Test
  void theInvitationPagesSignUpFormJoinsWhenTheAddressIsConfirmed() {
    Team team = newTeam();
    String email = Team.newAddress("formy");
    team.invited(email, "MEMBER");
    String token = team.invitationToken(email);
    ApiClient browser = api.fromAnotherAddress();

    ApiResponse signedUp =
        postForm(
            browser,
            "/accept-invitation/sign-up",
            Map.of(
                "token",
                token,
                "email",
                email,
                "name",
                "Form Filler",
                "password",
                Customer.PASSWORD));

    assertThat(signedUp.status()).as("%s", signedUp).isEqualTo(200);
    assertThat(signedUp.text()).contains("Check your e-mail");
    String verification =
        Mailbox.tokenOf(mailbox.awaitSubject(email, MailSubjects.VERIFY, Team.MAIL));
    assertThat(browser.post("/v1/accounts/verify", Map.of("token", verification)).status())
        .isEqualTo(200);
    assertThat(team.members().stream().map(m -> m.get("email").asText())).contains(email);
  }

  @Test
  void theInvitationPageOfAnUnknownTokenSaysItDoesNotWork() {
    ApiResponse page = api.fromAnotherAddress().get("/accept-invitation?token=not-a-token", null);

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.text()).contains("This invitation does not work");
  }

  @Test
  void theSignInFormWithAWrongPasswordJoinsNobody() {
    Team team = newTeam();
    Customer bea = newCustomer();
    team.invited(bea.email(), "MEMBER");
    String token = team.invitationToken(bea.email());

    ApiResponse refused =
        postForm(
            api.fromAnotherAddress(),
            "/accept-invitation/sign-in",
            Map.of("token", token, "email", bea.email(), "password", "not-the-password-at-all"));

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.text()).contains("You did not join");
    assertThat(team.roleOf(bea.id())).isEmpty();
    assertThat(preview(token).status()).isEqualTo(200);
  }

  private static ApiResponse postForm(ApiClient client, String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                f ->
                    URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return client.send(
        "POST",
        path,
        body.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", "application/x-www-form-urlencoded"));
  }

  // The last owner

  @Test
  void theLastOwnerCanNeitherLeaveNorBeRemovedNorDemoted() {
    Team team = newTeam();
    Customer admin = newCustomer();
    team.join(admin, "ADMIN");
    String owner = team.founder().accessToken();
    String self = team.path("/members/" + team.founder().id());

    assertProblem(api.post(team.path("/leave"), null, owner), 409, "LAST_OWNER");
    assertProblem(api.delete(self, owner), 409, "LAST_OWNER");
    assertProblem(api.patch(self, Map.of("role", "ADMIN"), owner), 409, "LAST_OWNER");
    assertThat(team.roleOf(team.founder().id())).contains("OWNER");
    assertThat(team.roleOf(admin.id())).contains("ADMIN");
  }

  @Test
  void aBulkRemovalOfTheLastOwnerReportsTheLineAndKeepsTheOwner() {
    Team team = newTeam();
    String owner = team.founder().accessToken();

    ApiResponse report =
        api.post(
            team.path("/members/bulk-removal"),
            Map.of("accountIds", List.of(team.founder().id())),
            owner);

    assertThat(report.status()).as("%s", report).isEqualTo(200);
    assertThat(report.json().get("applied").asInt()).isZero();
    assertThat(report.json().get("lines").get(0).get("outcome").asText()).isEqualTo("LAST_OWNER");
    assertThat(team.roleOf(team.founder().id())).contains("OWNER");
  }

  @Test
  void afterHandingOwnershipOnTheFormerOwnerIsAnAdminAndMayLeave() {
    Team team = newTeam();
    Customer bea = newCustomer();
    team.join(bea, "MEMBER");
    String formerOwner = team.founder().accessToken();

    ApiResponse transferred =
        api.post(team.path("/ownership-transfer"), Map.of("accountId", bea.id()), formerOwner);

    assertThat(transferred.status()).as("%s", transferred).isEqualTo(200);
    assertThat(transferred.field("accountId")).isEqualTo(bea.id());
    assertThat(transferred.field("role")).isEqualTo("OWNER");
    assertThat(team.roleOf(team.founder().id())).contains("ADMIN");
    ApiResponse left = api.post(team.path("/leave"), null, formerOwner);
    assertThat(left.status()).as("%s", left).isEqualTo(200);
    assertThat(left.field("accountId")).isEqualTo(team.founder().id());
    List<JsonNode> members = team.members(bea.accessToken());
    assertThat(members).hasSize(1);
    assertThat(members.get(0).get("role").asText()).isEqualTo("OWNER");
    assertProblem(api.post(team.path("/leave"), null, bea.accessToken()), 409, "LAST_OWNER");
  }

  @Test
  void oneOfTwoOwnersMayLeaveOrBeDemotedButNotBoth() {
    Team team = newTeam();
    Customer bea = newCustomer();
    team.join(bea, "OWNER");

    ApiResponse demoted =
        api.patch(
            team.path("/members/" + bea.id()),
            Map.of("role", "ADMIN"),
            team.founder().accessToken());

    assertThat(demoted.status()).as("%s", demoted).isEqualTo(200);
    assertThat(demoted.field("role")).isEqualTo("ADMIN");
    assertProblem(
        api.patch(
            team.path("/members/" + team.founder().id()),
            Map.of("role", "MEMBER"),
            team.founder().accessToken()),
        409,
        "LAST_OWNER");
  }

  // What a member's departure takes back, and who sees which licenses

  @Test
  void removingAMemberTakesBackTheirLicensesAndDeactivatesTheirDevices() {
    Team team = newTeam();
    Customer bea = newCustomer();
    team.join(bea, "MEMBER");
    JsonNode subscription = team.bought(2);
    assertThat(subscription.get("organizationId").asText()).isEqualTo(team.id());
    List<JsonNode> licenses = team.licensesSeenBy(team.founder().accessToken());
    assertThat(licenses).hasSize(2);
    JsonNode license = licenses.get(0);
    String licenseId = license.get("id").asText();
    team.assigned(licenseId, bea.id());
    ApiResponse activation =
        api.post(
            "/v1/activations",
            Map.of(
                "licenseKey", license.get("key").asText(),
                "fingerprint", "bea-laptop",
                "name", "Bea's laptop"));
    assertThat(activation.status()).as("%s", activation).isEqualTo(201);
    assertThat(licenseAsOwner(team, licenseId).get("activations").asInt()).isEqualTo(1);

    ApiResponse removed =
        api.delete(team.path("/members/" + bea.id()), team.founder().accessToken());

    assertThat(removed.status()).as("%s", removed).isEqualTo(200);
    assertThat(removed.field("accountId")).isEqualTo(bea.id());
    assertThat(removed.json().get("licensesUnassigned").asInt()).isEqualTo(1);
    assertThat(removed.json().get("devicesDeactivated").asInt()).isEqualTo(1);
    JsonNode after = licenseAsOwner(team, licenseId);
    assertThat(after.get("assignee").isNull()).isTrue();
    assertThat(after.get("activations").asInt()).isZero();
    assertThat(team.roleOf(bea.id())).isEmpty();
    assertThat(team.licensesSeenBy(bea.accessToken())).isEmpty();
    assertProblem(api.get("/v1/licenses/" + licenseId, bea.accessToken()), 404, "NOT_FOUND");
    assertProblem(
        api.delete(
            "/v1/activations/" + activation.field("id"),
            Map.of("Authorization", "License " + license.get("key").asText())),
        404,
        "NOT_FOUND");
  }

  @Test
  void leavingGivesTheLicensesBackToo() {
    Team team = newTeam();
    Customer bea = newCustomer();
    team.join(bea, "BILLING");
    team.bought(1);
    String licenseId = team.licensesSeenBy(team.founder().accessToken()).get(0).get("id").asText();
    team.assigned(licenseId, bea.id());

    ApiResponse left = api.post(team.path("/leave"), null, bea.accessToken());

    assertThat(left.status()).as("%s", left).isEqualTo(200);
    assertThat(left.json().get("licensesUnassigned").asInt()).isEqualTo(1);
    assertThat(licenseAsOwner(team, licenseId).get("assignee").isNull()).isTrue();
  }

  @Test
  void aMemberSeesOnlyTheLicensesAssignedToThemAndBillingSeesAll() {
    Team team = newTeam();
    Customer bea = newCustomer();
    Customer bill = newCustomer();
    team.join(bea, "MEMBER");
    team.join(bill, "BILLING");
    team.bought(3);
    List<String> all =
        team.licensesSeenBy(team.founder().accessToken()).stream()
            .map(l -> l.get("id").asText())
            .toList();
    String beas = all.get(1);
    team.assigned(beas, bea.id());

    List<JsonNode> seenByBea = team.licensesSeenBy(bea.accessToken());
    List<JsonNode> seenByBill = team.licensesSeenBy(bill.accessToken());

    assertThat(seenByBea).extracting(l -> l.get("id").asText()).containsExactly(beas);
    assertThat(seenByBea.get(0).get("assignee").get("id").asText()).isEqualTo(bea.id());
    assertThat(api.get("/v1/licenses/" + beas, bea.accessToken()).status()).isEqualTo(200);
    assertProblem(api.get("/v1/licenses/" + all.get(0), bea.accessToken()), 404, "NOT_FOUND");
    assertThat(seenByBill)
        .extracting(l -> l.get("id").asText())
        .containsExactlyInAnyOrderElementsOf(all);
    assertThat(api.get("/v1/subscriptions", bea.accessToken()).json().get("items")).isEmpty();
    assertThat(api.get("/v1/subscriptions", bill.accessToken()).json().get("items")).hasSize(1);
  }

  // The organization's audit events

  /**
   * A team with an admin, a billing manager and a member the admin promoted to billing manager, and
   * the events that made it.
   */
  private record AuditedTeam(Team team, Customer admin, Customer billing, Customer promoted) {}

  private AuditedTeam auditedTeam() {
    Team team = newTeam();
    Customer admin = newCustomer();
    Customer billing = newCustomer();
    Customer member = newCustomer();
    team.join(admin, "ADMIN");
    team.join(billing, "BILLING");
    team.join(member, "MEMBER");
    ApiResponse changed =
        api.patch(
            team.path("/members/" + member.id()), Map.of("role", "BILLING"), admin.accessToken());
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    return new AuditedTeam(team, admin, billing, member);
  }

  private List<JsonNode> events(String path, String bearer) {
    ApiResponse list = api.get(path, bearer);
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    list.json().get("items").forEach(items::add);
    return items;
  }

  @Test
  void anOrganizationAdminReadsItsEventsNewestFirstFilteredAndPaged() {
    AuditedTeam audited = auditedTeam();
    Team team = audited.team();
    String admin = audited.admin().accessToken();

    List<JsonNode> all = events(team.path("/audit-events"), admin);
    List<JsonNode> members = events(team.path("/audit-events?action=member."), admin);
    List<String> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ApiResponse page =
          api.get(
              team.path("/audit-events?action=member.&limit=2")
                  + (cursor == null ? "" : "&cursor=" + cursor),
              admin);
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      assertThat(page.json().get("items").size()).isLessThanOrEqualTo(2);
      page.json().get("items").forEach(e -> paged.add(e.get("id").asText()));
      cursor = page.field("nextCursor");
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(all)
        .allSatisfy(e -> assertThat(e.get("organizationId").asText()).isEqualTo(team.id()));
    assertThat(all)
        .extracting(e -> Instant.parse(e.get("occurredAt").asText()))
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(all.stream().map(e -> e.get("action").asText()))
        .contains("organization.created", "invitation.created", "member.joined")
        .contains("member.role_changed");
    // three joined, one role changed
    assertThat(members).hasSize(4);
    assertThat(members).allSatisfy(e -> assertThat(e.get("action").asText()).startsWith("member."));
    assertThat(pages).isEqualTo(2);
    assertThat(paged)
        .containsExactlyElementsOf(members.stream().map(e -> e.get("id").asText()).toList());
    List<JsonNode> roleChanges =
        events(
            team.path(
                "/audit-events?action=member.role_changed&targetType=account&actorAccountId="
                    + audited.admin().id()
                    + "&targetId="
                    + audited.promoted().id()),
            admin);
    assertThat(roleChanges).hasSize(1);
    assertThat(roleChanges.get(0).get("details").get("from").asText()).isEqualTo("MEMBER");
    assertThat(roleChanges.get(0).get("details").get("to").asText()).isEqualTo("BILLING");
    assertThat(events(team.path("/audit-events?from=" + Instant.now().plusSeconds(60)), admin))
        .isEmpty();
  }

  @Test
  void billingManagersAndMembersCannotReadTheAuditEventsAndOutsidersDoNotSeeThem() {
    AuditedTeam audited = auditedTeam();
    Team team = audited.team();
    Customer outsider = newCustomer();
    Customer plain = newCustomer();
    team.join(plain, "MEMBER");

    assertProblem(
        api.get(team.path("/audit-events"), audited.billing().accessToken()), 403, "FORBIDDEN");
    assertProblem(api.get(team.path("/audit-events"), plain.accessToken()), 403, "FORBIDDEN");
    assertProblem(api.get(team.path("/audit-events"), outsider.accessToken()), 404, "NOT_FOUND");
  }

  @Test
  void anAdminScopedApiKeyReadsTheEventsAndAReadKeyDoesNot() {
    Team team = newTeam();
    String owner = team.founder().accessToken();
    Map<String, String> keys = new LinkedHashMap<>();
    for (String scope : List.of("ADMIN", "READ")) {
      ApiResponse created =
          api.post(
              team.path("/api-keys"),
              Map.of("name", scope + " key", "scopes", List.of(scope)),
              owner);
      assertThat(created.status()).as("%s", created).isEqualTo(201);
      keys.put(scope, created.field("secret"));
    }

    List<JsonNode> seen = events(team.path("/audit-events?action=api_key."), keys.get("ADMIN"));

    assertThat(seen).hasSize(2);
    assertProblem(api.get(team.path("/audit-events"), keys.get("READ")), 403, "FORBIDDEN");
  }

  @Test
  void aPlatformAdminReadsTheEventsOfEveryOrganization() {
    AuditedTeam audited = auditedTeam();
    Team team = audited.team();
    Team other = newTeam();
    String root = SignIn.superAdmin(api).accessToken();

    List<JsonNode> ofTeam =
        events("/v1/admin/audit-events?limit=500&organizationId=" + team.id(), root);
    List<JsonNode> viaOrganization = events(team.path("/audit-events?limit=500"), root);
    List<JsonNode> everything = events("/v1/admin/audit-events?limit=500", root);

    assertThat(ofTeam).isNotEmpty();
    assertThat(ofTeam)
        .allSatisfy(e -> assertThat(e.get("organizationId").asText()).isEqualTo(team.id()));
    assertThat(viaOrganization)
        .extracting(e -> e.get("id").asText())
        .containsExactlyElementsOf(ofTeam.stream().map(e -> e.get("id").asText()).toList());
    assertThat(everything.stream().map(e -> e.path("organizationId").asText()))
        .contains(team.id(), other.id());
    assertProblem(
        api.get("/v1/admin/audit-events", audited.admin().accessToken()), 403, "FORBIDDEN");
    assertProblem(
        api.get("/v1/admin/audit-events", team.founder().accessToken()), 403, "FORBIDDEN");
  }

  private JsonNode licenseAsOwner(Team team, String licenseId) {
    ApiResponse license = api.get("/v1/licenses/" + licenseId, team.founder().accessToken());
    assertThat(license.status()).as("%s", license).isEqualTo(200);
    return license.json();
  }
}
