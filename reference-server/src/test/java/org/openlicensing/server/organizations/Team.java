package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.MailSubjects;
import org.openlicensing.server.testing.Mailbox;

/**
 * A team organization as its founder makes one over HTTP, with the steps the organization tests
 * share: inviting, reading the invitation e-mails, joining, buying seats and listing what the
 * organization holds. Each test makes its own teams; nothing here is shared between tests.
 */
final class Team {
  /** The subject of an invitation e-mail starts so; the organization's name follows. */
  static final String INVITATION_SUBJECT = "You are invited to join ";

  static final Duration MAIL = Duration.ofSeconds(20);

  private final ApiClient api;
  private final Mailbox mailbox;
  private final Customer founder;
  private final String id;
  private final String name;

  private Team(ApiClient api, Mailbox mailbox, Customer founder, String id, String name) {
    this.api = api;
    this.mailbox = mailbox;
    this.founder = founder;
    this.id = id;
    this.name = name;
  }

  /** Creates an organization owned by {@code founder}, named {@code prefix} and a random suffix. */
  static Team create(ApiClient api, Mailbox mailbox, Customer founder, String prefix) {
    String name = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    ApiResponse created =
        api.post("/v1/organizations", Map.of("name", name), founder.accessToken());
    assertThat(created.status()).as("create organization: %s", created).isEqualTo(201);
    return new Team(api, mailbox, founder, created.field("id"), name);
  }

  static String newAddress(String prefix) {
    return prefix + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  Customer founder() {
    return founder;
  }

  String path() {
    return "/v1/organizations/" + id;
  }

  String path(String rest) {
    return path() + rest;
  }

  /** The founder invites the address; the answer as it comes. */
  ApiResponse invite(String email, String role) {
    return invite(founder.accessToken(), email, role);
  }

  ApiResponse invite(String bearer, String email, String role) {
    return api.post(path("/invitations"), Map.of("email", email, "role", role), bearer);
  }

  /** The founder invites the address; fails the test unless the invitation is made. */
  JsonNode invited(String email, String role) {
    ApiResponse invited = invite(email, role);
    assertThat(invited.status()).as("invite %s: %s", email, invited).isEqualTo(201);
    return invited.json();
  }

  /** The subject of this organization's invitation e-mails. */
  String invitationSubject() {
    return INVITATION_SUBJECT + name;
  }

  /** Waits for the {@code nth} invitation e-mail of this organization to the address. */
  MimeMessage invitationMail(String email, int nth) {
    return mailbox.awaitNthWithSubject(email, invitationSubject(), nth, MAIL);
  }

  /** The token of the {@code nth} invitation e-mail of this organization to the address. */
  String invitationToken(String email, int nth) {
    return Mailbox.tokenOf(invitationMail(email, nth));
  }

  String invitationToken(String email) {
    return invitationToken(email, 1);
  }

  /** How many invitation e-mails of this organization reached the address. */
  long invitationMails(String email) {
    return mailbox.countWithSubject(email, invitationSubject());
  }

  /** The customer's answer to accepting the token. */
  static ApiResponse accept(Customer customer, String token) {
    return customer
        .api()
        .post("/v1/invitations/accept", Map.of("token", token), customer.accessToken());
  }

  /** Invites the customer with the role and accepts; fails the test unless it joins. */
  void join(Customer customer, String role) {
    invited(customer.email(), role);
    acceptInvitation(customer, 1);
  }

  /** The customer accepts the {@code nth} invitation e-mail it received from this team. */
  void acceptInvitation(Customer customer, int nth) {
    ApiResponse accepted = accept(customer, invitationToken(customer.email(), nth));
    assertThat(accepted.status()).as("accept: %s", accepted).isEqualTo(200);
  }

  /**
   * Someone new to the server signs up with the token of the {@code nth} invitation e-mail to the
   * address and confirms the address, which makes the account a member; no one signs in. Cheaper
   * than a {@link Customer} who then accepts: one password hash instead of two.
   *
   * @return the new account's id
   */
  String enrol(String email, int nth) {
    String token = invitationToken(email, nth);
    ApiClient newcomer = api.fromAnotherAddress();
    ApiResponse signUp =
        newcomer.post(
            "/v1/accounts",
            Map.of(
                "email",
                email,
                "password",
                Customer.PASSWORD,
                "name",
                "Invited Person",
                "invitationToken",
                token));
    assertThat(signUp.status()).as("sign-up of %s: %s", email, signUp).isEqualTo(201);
    String verification = Mailbox.tokenOf(mailbox.awaitSubject(email, MailSubjects.VERIFY, MAIL));
    ApiResponse verified = newcomer.post("/v1/accounts/verify", Map.of("token", verification));
    assertThat(verified.status()).as("verify %s: %s", email, verified).isEqualTo(200);
    return signUp.field("id");
  }

  /** The founder invites the lines ({@code email → role}) in one bulk request, in JSON. */
  void invitedInBulk(Map<String, String> roles) {
    List<Map<String, String>> lines = new ArrayList<>();
    roles.forEach((email, role) -> lines.add(Map.of("email", email, "role", role)));
    ApiResponse report =
        api.post(path("/invitations/bulk"), Map.of("invitations", lines), founder.accessToken());
    assertThat(report.status()).as("bulk invite: %s", report).isEqualTo(200);
    assertThat(report.json().get("applied").asInt()).as("%s", report).isEqualTo(roles.size());
  }

  /** Every member, page by page, as the caller sees them. */
  List<JsonNode> members(String bearer) {
    List<JsonNode> members = new ArrayList<>();
    String cursor = null;
    do {
      String query = cursor == null ? "" : "&cursor=" + cursor;
      ApiResponse page = api.get(path("/members?limit=500" + query), bearer);
      assertThat(page.status()).as("members: %s", page).isEqualTo(200);
      page.json().get("items").forEach(members::add);
      cursor = page.field("nextCursor");
    } while (cursor != null);
    return members;
  }

  List<JsonNode> members() {
    return members(founder.accessToken());
  }

  /** The member's role, or empty when the account is no member. */
  Optional<String> roleOf(String accountId) {
    return members().stream()
        .filter(m -> m.get("accountId").asText().equals(accountId))
        .map(m -> m.get("role").asText())
        .findFirst();
  }

  /** The open invitations, as the founder lists them. */
  List<JsonNode> openInvitations() {
    List<JsonNode> open = new ArrayList<>();
    String cursor = null;
    do {
      String query = cursor == null ? "" : "&cursor=" + cursor;
      ApiResponse page = api.get(path("/invitations?limit=500" + query), founder.accessToken());
      assertThat(page.status()).as("invitations: %s", page).isEqualTo(200);
      page.json().get("items").forEach(open::add);
      cursor = page.field("nextCursor");
    } while (cursor != null);
    return open;
  }

  /** The answer to buying {@code seats} of a plan for this organization. */
  ApiResponse buy(String bearer, String plan, int seats) {
    return api.post(
        "/v1/subscriptions",
        Map.of(
            "organizationId",
            id,
            "plan",
            plan,
            "seats",
            seats,
            "billingPeriod",
            "MONTHLY",
            "paymentMethod",
            "pm_card_visa"),
        bearer);
  }

  /** The founder buys Pro seats; returns the subscription. */
  JsonNode bought(int seats) {
    ApiResponse bought = buy(founder.accessToken(), "pro", seats);
    assertThat(bought.status()).as("buy: %s", bought).isEqualTo(201);
    return bought.json();
  }

  /** This organization's licenses among those the caller sees. */
  List<JsonNode> licensesSeenBy(String bearer) {
    ApiResponse list = api.get("/v1/licenses?limit=500", bearer);
    assertThat(list.status()).as("licenses: %s", list).isEqualTo(200);
    List<JsonNode> ours = new ArrayList<>();
    list.json()
        .get("items")
        .forEach(
            license -> {
              if (license.get("organizationId").asText().equals(id)) {
                ours.add(license);
              }
            });
    return ours;
  }

  ApiResponse assign(String bearer, String licenseId, String accountId) {
    return api.put(
        "/v1/licenses/" + licenseId + "/assignee", Map.of("accountId", accountId), bearer);
  }

  /** The founder hands the license to the member; fails the test unless it does. */
  void assigned(String licenseId, String accountId) {
    ApiResponse assigned = assign(founder.accessToken(), licenseId, accountId);
    assertThat(assigned.status()).as("assign: %s", assigned).isEqualTo(200);
  }
}
