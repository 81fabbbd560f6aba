package org.openlicensing.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.MailSubjects;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * User management by platform staff over HTTP: what a USER may not touch, what an ADMIN may do to
 * users and may not do to staff, what only a SUPER_ADMIN may do, and the overview's search,
 * filters, sorting and paging.
 */
public abstract class AdminContract extends ServerTestBase {
  private static final Duration MAIL = Duration.ofSeconds(20);

  /** An admin endpoint: its method, its path with {id} for the target, and its body. */
  record Endpoint(String name, String method, String path, Map<String, Object> body) {
    ApiResponse call(ApiClient client, String targetId, String bearer) {
      String resolved = path.replace("{id}", targetId);
      return switch (method) {
        case "GET" -> client.get(resolved, bearer);
        case "POST" -> client.post(resolved, body, bearer);
        case "PUT" -> client.put(resolved, body, bearer);
        default -> throw new IllegalArgumentException(method);
      };
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Endpoint> adminEndpoints() {
    return Stream.of(
        new Endpoint("list", "GET", "/v1/admin/users", null),
        new Endpoint("search", "GET", "/v1/admin/users?q=ada&status=ACTIVE&sort=email", null),
        new Endpoint("detail", "GET", "/v1/admin/users/{id}", null),
        new Endpoint("disable", "POST", "/v1/admin/users/{id}/disable", null),
        new Endpoint("enable", "POST", "/v1/admin/users/{id}/enable", null),
        new Endpoint("end sessions", "POST", "/v1/admin/users/{id}/end-sessions", null),
        new Endpoint(
            "resend verification", "POST", "/v1/admin/users/{id}/resend-verification", null),
        new Endpoint("password reset", "POST", "/v1/admin/users/{id}/password-reset", null),
        new Endpoint("notes", "POST", "/v1/admin/users/{id}/notes", Map.of("body", "a note")),
        new Endpoint(
            "roles", "PUT", "/v1/admin/users/{id}/roles", Map.of("roles", List.of("ADMIN"))),
        new Endpoint("security events", "GET", "/v1/admin/security-events", null));
  }

  /** The actions on one account that only a SUPER_ADMIN may take on staff. */
  static Stream<Endpoint> actionsOnAnAccount() {
    return adminEndpoints().filter(e -> e.path().contains("{id}/"));
  }

  private String superAdmin() {
    return SignIn.superAdmin(api).accessToken();
  }

  /** A customer whom the super admin made an ADMIN; their token carries the role at once. */
  private Customer newAdmin() {
    Customer admin = newCustomer();
    ApiResponse granted =
        api.put(
            "/v1/admin/users/" + admin.id() + "/roles",
            Map.of("roles", List.of("ADMIN")),
            superAdmin());
    assertThat(granted.status()).as("granting ADMIN: %s", granted).isEqualTo(200);
    return admin;
  }

  private static String tag() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** Signs up without verifying, from an address of its own. */
  private void signUpPending(String email, String name) {
    ApiResponse signUp =
        api.fromAnotherAddress()
            .post(
                "/v1/accounts",
                Map.of("email", email, "password", Customer.PASSWORD, "name", name));
    assertThat(signUp.status()).as("%s", signUp).isEqualTo(201);
  }

  private List<JsonNode> search(String query, String bearer) {
    ApiResponse answer = api.get("/v1/admin/users?" + query, bearer);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    answer.json().get("items").forEach(items::add);
    return items;
  }

  private static List<String> emails(List<JsonNode> users) {
    return users.stream().map(u -> u.get("email").asText()).toList();
  }

  private JsonNode detail(String userId, String bearer) {
    ApiResponse detail = api.get("/v1/admin/users/" + userId, bearer);
    assertThat(detail.status()).as("%s", detail).isEqualTo(200);
    return detail.json();
  }

  // Escalation: a USER, an API key

  @ParameterizedTest(name = "{0}")
  @MethodSource("adminEndpoints")
  void aUserIsForbiddenEveryAdminEndpointWhateverTheId(Endpoint endpoint) {
    Customer mallory = newCustomer();
    String ownId = mallory.id();

    ApiResponse onAnAccount = endpoint.call(mallory.api(), ownId, mallory.accessToken());
    ApiResponse onNoAccount =
        endpoint.call(mallory.api(), UUID.randomUUID().toString(), mallory.accessToken());

    assertProblem(onAnAccount, 403, "FORBIDDEN");
    assertProblem(onNoAccount, 403, "FORBIDDEN");
    assertThat(mallory.me().get("roles").toString()).isEqualTo("[\"USER\"]");
  }

  @Test
  void aUserIsForbiddenToAddANoteWhateverItsBody() {
    Customer mallory = newCustomer();

    ApiResponse answer =
        mallory
            .api()
            .post(
                "/v1/admin/users/" + mallory.id() + "/notes",
                Map.of("body", ""),
                mallory.accessToken());

    assertProblem(answer, 403, "FORBIDDEN");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adminEndpoints")
  void anApiKeyIsForbiddenEveryAdminEndpoint(Endpoint endpoint) {
    Customer owner = newCustomer();
    ApiResponse key =
        owner
            .api()
            .post(
                "/v1/organizations/" + owner.organizationId() + "/api-keys",
                Map.of("name", "ci", "scopes", List.of("ADMIN")),
                owner.accessToken());
    assertThat(key.status()).as("%s", key).isEqualTo(201);

    ApiResponse answer = endpoint.call(owner.api(), owner.id(), key.field("secret"));

    assertProblem(answer, 403, "FORBIDDEN");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adminEndpoints")
  void anAnonymousCallerIsUnauthenticatedOnEveryAdminEndpoint(Endpoint endpoint) {
    assertProblem(endpoint.call(api, UUID.randomUUID().toString(), null), 401, "UNAUTHENTICATED");
  }

  // What an ADMIN may do to a USER

  @Test
  void anAdminFindsAUserByPartOfTheEmail() {
    Customer admin = newAdmin();
    String tag = tag();
    Customer ada = Customer.signUpAs(api, mailbox, "ada." + tag + "@example.test", "Ada Tester");

    List<JsonNode> found =
        search("q=" + tag.substring(2, 9).toUpperCase(Locale.ROOT), admin.accessToken());

    assertThat(emails(found)).containsExactly(ada.email());
    assertThat(found.get(0).get("id").asText()).isEqualTo(ada.id());
    assertThat(found.get(0).get("status").asText()).isEqualTo("ACTIVE");
    assertThat(found.get(0).get("roles").toString()).isEqualTo("[\"USER\"]");
  }

  @Test
  void anAdminFindsAUserByPartOfTheName() {
    Customer admin = newAdmin();
    String tag = tag();
    Customer ada = Customer.signUpAs(api, mailbox, tag + "@example.test", "Ada " + tag + " Byron");

    assertThat(emails(search("q=" + tag + "%20byron", admin.accessToken())))
        .containsExactly(ada.email());
  }

  @Test
  void anUnknownUserIsNotFoundToAnAdmin() {
    Customer admin = newAdmin();

    assertProblem(
        api.get("/v1/admin/users/" + UUID.randomUUID(), admin.accessToken()), 404, "NOT_FOUND");
  }

  @Test
  void theDetailShowsOrganizationsSubscriptionsLicensesAndSessions() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();
    ada.subscribeAndListLicenses("basic", 2);

    JsonNode detail = detail(ada.id(), admin.accessToken());

    assertThat(detail.get("account").get("email").asText()).isEqualTo(ada.email());
    JsonNode organization = detail.get("organizations").get(0);
    assertThat(detail.get("organizations")).hasSize(1);
    assertThat(organization.get("id").asText()).isEqualTo(ada.organizationId());
    assertThat(organization.get("personal").asBoolean()).isTrue();
    assertThat(organization.get("role").asText()).isEqualTo("OWNER");
    assertThat(detail.get("subscriptions")).hasSize(1);
    assertThat(detail.get("subscriptions").get(0).get("plan").asText()).isEqualTo("basic");
    assertThat(detail.get("licenses")).hasSize(2);
    assertThat(detail.get("licenses").get(0).has("key")).isFalse();
    assertThat(detail.get("sessions")).hasSize(1);
    assertThat(detail.get("sessions").get(0).get("ipAddress").asText())
        .isEqualTo(ada.api().clientAddress());
  }

  @Test
  void anAdminActionIsAuditedWithActorAddressAndRequestId() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();

    ApiResponse ended =
        admin
            .api()
            .post("/v1/admin/users/" + ada.id() + "/end-sessions", null, admin.accessToken());

    assertThat(ended.status()).as("%s", ended).isEqualTo(204);
    assertThat(ended.header("X-Request-Id")).isNotBlank();
    JsonNode event =
        stream(detail(ada.id(), admin.accessToken()).get("recentAuditEvents"))
            .filter(e -> e.get("action").asText().equals("user.sessions_ended"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no user.sessions_ended event"));
    assertThat(event.get("actorAccountId").asText()).isEqualTo(admin.id());
    assertThat(event.get("targetId").asText()).isEqualTo(ada.id());
    assertThat(event.get("ipAddress").asText()).isEqualTo(admin.api().clientAddress());
    assertThat(event.get("requestId").asText()).isEqualTo(ended.header("X-Request-Id"));
    assertThat(event.get("occurredAt").asText()).isNotBlank();
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items.stream();
  }

  @Test
  void anAdminDisablesAUserWhoCanNoLongerSignIn() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();

    ApiResponse disabled =
        admin.api().post("/v1/admin/users/" + ada.id() + "/disable", null, admin.accessToken());

    assertThat(disabled.status()).as("%s", disabled).isEqualTo(204);
    assertProblem(api.get("/v1/me", ada.accessToken()), 401, "UNAUTHENTICATED");
    assertProblem(
        SignIn.attempt(ada.api(), ada.email(), Customer.PASSWORD), 403, "ACCOUNT_DISABLED");
    assertThat(detail(ada.id(), admin.accessToken()).get("account").get("status").asText())
        .isEqualTo("DISABLED");
  }

  @Test
  void anAdminEnablesADisabledUserWhoSignsInAgain() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();
    String id = ada.id();
    admin.api().post("/v1/admin/users/" + id + "/disable", null, admin.accessToken());

    ApiResponse enabled =
        admin.api().post("/v1/admin/users/" + id + "/enable", null, admin.accessToken());

    assertThat(enabled.status()).as("%s", enabled).isEqualTo(204);
    assertThat(SignIn.attempt(ada.api(), ada.email(), Customer.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void anAdminEndsTheSessionsOfAUserWhoMaySignInAgain() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();
    SignIn other = ada.signInAgain();

    ApiResponse ended =
        admin
            .api()
            .post("/v1/admin/users/" + ada.id() + "/end-sessions", null, admin.accessToken());

    assertThat(ended.status()).as("%s", ended).isEqualTo(204);
    assertProblem(api.get("/v1/me", ada.accessToken()), 401, "UNAUTHENTICATED");
    assertProblem(api.get("/v1/me", other.accessToken()), 401, "UNAUTHENTICATED");
    assertProblem(SignIn.refresh(ada.api(), ada.refreshToken()), 401, "UNAUTHENTICATED");
    assertThat(SignIn.attempt(ada.api(), ada.email(), Customer.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void anAdminAddsANoteShownInTheDetail() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();

    ApiResponse note =
        admin
            .api()
            .post(
                "/v1/admin/users/" + ada.id() + "/notes",
                Map.of("body", "Called about an invoice; <b>not</b> urgent."),
                admin.accessToken());

    assertThat(note.status()).as("%s", note).isEqualTo(201);
    assertThat(note.field("authorId")).isEqualTo(admin.id());
    JsonNode notes = detail(ada.id(), admin.accessToken()).get("notes");
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).get("id").asText()).isEqualTo(note.field("id"));
    assertThat(notes.get(0).get("body").asText())
        .isEqualTo("Called about an invoice; <b>not</b> urgent.");
  }

  @Test
  void aNoteIsNotShownToTheUser() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();
    admin
        .api()
        .post(
            "/v1/admin/users/" + ada.id() + "/notes",
            Map.of("body", "internal-note-marker"),
            admin.accessToken());

    assertThat(api.get("/v1/me", ada.accessToken()).text()).doesNotContain("internal-note-marker");
  }

  @Test
  void anAdminSendsAUserAWorkingPasswordResetLink() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();

    ApiResponse sent =
        admin
            .api()
            .post("/v1/admin/users/" + ada.id() + "/password-reset", null, admin.accessToken());

    assertThat(sent.status()).as("%s", sent).isEqualTo(202);
    String token = Mailbox.tokenOf(mailbox.awaitSubject(ada.email(), MailSubjects.RESET, MAIL));
    ApiResponse reset =
        ada.api()
            .post(
                "/v1/auth/password-reset/confirm",
                Map.of("token", token, "password", "Chosen-after-support-call-5"));
    assertThat(reset.status()).as("%s", reset).isEqualTo(204);
  }

  @Test
  void anAdminResendsTheVerificationLinkOfAPendingUser() {
    Customer admin = newAdmin();
    String email = tag() + "@example.test";
    signUpPending(email, "Pending Person");
    mailbox.awaitSubject(email, MailSubjects.VERIFY, MAIL);
    String id =
        search("q=" + email.substring(0, 11), admin.accessToken()).get(0).get("id").asText();

    ApiResponse resent =
        admin
            .api()
            .post("/v1/admin/users/" + id + "/resend-verification", null, admin.accessToken());

    assertThat(resent.status()).as("%s", resent).isEqualTo(202);
    String token =
        Mailbox.tokenOf(mailbox.awaitNthWithSubject(email, MailSubjects.VERIFY, 2, MAIL));
    assertThat(api.post("/v1/accounts/verify", Map.of("token", token)).field("status"))
        .isEqualTo("ACTIVE");
  }

  // What an ADMIN may not do

  @Test
  void anAdminCannotGrantAdmin() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();

    ApiResponse answer =
        admin
            .api()
            .put(
                "/v1/admin/users/" + ada.id() + "/roles",
                Map.of("roles", List.of("ADMIN")),
                admin.accessToken());

    assertProblem(answer, 403, "FORBIDDEN");
    assertThat(detail(ada.id(), admin.accessToken()).get("account").get("roles").toString())
        .isEqualTo("[\"USER\"]");
    assertProblem(api.get("/v1/admin/users", ada.accessToken()), 403, "FORBIDDEN");
  }

  @Test
  void anAdminCannotMakeThemselvesSuperAdmin() {
    Customer admin = newAdmin();

    ApiResponse answer =
        admin
            .api()
            .put(
                "/v1/admin/users/" + admin.id() + "/roles",
                Map.of("roles", List.of("ADMIN", "SUPER_ADMIN")),
                admin.accessToken());

    assertProblem(answer, 403, "FORBIDDEN");
    assertThat(admin.me().get("roles").toString()).doesNotContain("SUPER_ADMIN");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actionsOnAnAccount")
  void anAdminCannotActOnAnotherAdmin(Endpoint endpoint) {
    Customer admin = newAdmin();
    Customer other = newAdmin();

    ApiResponse answer = endpoint.call(admin.api(), other.id(), admin.accessToken());

    assertProblem(answer, 403, "FORBIDDEN");
    assertThat(api.get("/v1/admin/users", other.accessToken()).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actionsOnAnAccount")
  void anAdminCannotActOnTheSuperAdmin(Endpoint endpoint) {
    Customer admin = newAdmin();
    String root = SignIn.superAdmin(api).accessToken();
    String rootId = api.get("/v1/me", root).field("id");

    ApiResponse answer = endpoint.call(admin.api(), rootId, admin.accessToken());

    assertProblem(answer, 403, "FORBIDDEN");
    assertThat(api.get("/v1/me", root).status()).isEqualTo(200);
  }

  // What only a SUPER_ADMIN may do

  @Test
  void theSuperAdminGrantsAndRemovesAdminWithEffectAtOnce() {
    Customer ada = newCustomer();
    String root = superAdmin();
    assertProblem(api.get("/v1/admin/users", ada.accessToken()), 403, "FORBIDDEN");

    ApiResponse granted =
        api.put("/v1/admin/users/" + ada.id() + "/roles", Map.of("roles", List.of("ADMIN")), root);
    assertThat(granted.status()).as("%s", granted).isEqualTo(200);
    assertThat(granted.json().get("roles").toString()).isEqualTo("[\"ADMIN\",\"USER\"]");
    assertThat(api.get("/v1/admin/users", ada.accessToken()).status()).isEqualTo(200);

    ApiResponse removed =
        api.put("/v1/admin/users/" + ada.id() + "/roles", Map.of("roles", List.of()), root);
    assertThat(removed.json().get("roles").toString()).isEqualTo("[\"USER\"]");
    assertProblem(api.get("/v1/admin/users", ada.accessToken()), 403, "FORBIDDEN");
  }

  @Test
  void theLastSuperAdminCannotBeDemoted() {
    String root = superAdmin();
    String rootId = api.get("/v1/me", root).field("id");

    ApiResponse answer =
        api.put("/v1/admin/users/" + rootId + "/roles", Map.of("roles", List.of("ADMIN")), root);

    assertProblem(answer, 409, "CONFLICT");
    assertThat(api.get("/v1/me", root).json().get("roles").toString()).contains("SUPER_ADMIN");
  }

  // The overview: search, filters, sorting, paging

  @Test
  void theOverviewFiltersByStatus() {
    Customer admin = newAdmin();
    String tag = tag();
    Customer active = Customer.signUpAs(api, mailbox, tag + ".active@example.test", "Active");
    signUpPending(tag + ".pending@example.test", "Pending");

    assertThat(emails(search("q=" + tag + "&status=PENDING_VERIFICATION", admin.accessToken())))
        .containsExactly(tag + ".pending@example.test");
    assertThat(emails(search("q=" + tag + "&status=ACTIVE", admin.accessToken())))
        .containsExactly(active.email());
  }

  @Test
  void theOverviewFiltersByRole() {
    String tag = tag();
    Customer admin = Customer.signUpAs(api, mailbox, tag + ".admin@example.test", "Staff");
    api.put(
        "/v1/admin/users/" + admin.id() + "/roles",
        Map.of("roles", List.of("ADMIN")),
        superAdmin());
    Customer user = Customer.signUpAs(api, mailbox, tag + ".user@example.test", "User");

    assertThat(emails(search("q=" + tag + "&role=ADMIN", admin.accessToken())))
        .containsExactly(admin.email());
    assertThat(emails(search("q=" + tag + "&role=USER", admin.accessToken())))
        .containsExactlyInAnyOrder(admin.email(), user.email());
  }

  @Test
  void theOverviewFiltersByCreationTime() {
    Customer admin = newAdmin();
    String tag = tag();
    for (String name : List.of("first", "second", "third")) {
      signUpPending(tag + "." + name + "@example.test", name);
    }
    List<JsonNode> all = search("q=" + tag + "&sort=createdAt&order=asc", admin.accessToken());
    String second = all.get(1).get("createdAt").asText();

    assertThat(
            emails(
                search(
                    "q=" + tag + "&sort=createdAt&order=asc&createdFrom=" + second,
                    admin.accessToken())))
        .containsExactly(tag + ".second@example.test", tag + ".third@example.test");
    assertThat(emails(search("q=" + tag + "&createdTo=" + second, admin.accessToken())))
        .containsExactly(tag + ".first@example.test");
  }

  /** Five accounts whose creation, e-mail and name orders all differ. */
  private List<String[]> signUpFive(String tag) {
    List<String[]> accounts =
        List.of(
            new String[] {tag + ".c@example.test", "Echo " + tag},
            new String[] {tag + ".a@example.test", "bravo " + tag},
            new String[] {tag + ".e@example.test", "Alpha " + tag},
            new String[] {tag + ".b@example.test", "delta " + tag},
            new String[] {tag + ".d@example.test", "Charlie " + tag});
    accounts.forEach(a -> signUpPending(a[0], a[1]));
    return accounts;
  }

  @ParameterizedTest(name = "sort={0} order={1}")
  @CsvSource({
    "createdAt, asc",
    "createdAt, desc",
    "email, asc",
    "email, desc",
    "name, asc",
    "name, desc"
  })
  void pagingWithTheCursorShowsEveryAccountOnceInOrder(String sort, String order) {
    Customer admin = newAdmin();
    String tag = tag();
    List<String[]> created = signUpFive(tag);
    Comparator<String[]> comparator =
        switch (sort) {
          case "email" -> Comparator.comparing(a -> a[0]);
          case "name" -> Comparator.comparing(a -> a[1].toLowerCase(Locale.ROOT));
          default -> Comparator.comparing(created::indexOf);
        };
    List<String> expected =
        created.stream()
            .sorted(order.equals("asc") ? comparator : comparator.reversed())
            .map(a -> a[0])
            .toList();

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ApiResponse page =
          api.get(
              "/v1/admin/users?q="
                  + tag
                  + "&sort="
                  + sort
                  + "&order="
                  + order
                  + "&limit=2"
                  + (cursor == null ? "" : "&cursor=" + cursor),
              admin.accessToken());
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      assertThat(page.json().get("items").size()).isLessThanOrEqualTo(2);
      page.json().get("items").forEach(u -> seen.add(u.get("email").asText()));
      cursor = page.field("nextCursor");
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(3);
  }

  // Security monitoring

  @Test
  void aFailedSignInIsListedAmongTheSecurityEvents() {
    Customer admin = newAdmin();
    Customer ada = newCustomer();
    ApiClient attacker = api.fromAnotherAddress();
    SignIn.attempt(attacker, ada.email(), "a-wrong-guess");

    ApiResponse events = api.get("/v1/admin/security-events", admin.accessToken());

    assertThat(events.status()).as("%s", events).isEqualTo(200);
    JsonNode event =
        stream(events.json().get("items"))
            .filter(e -> e.get("type").asText().equals("LOGIN_FAILED"))
            .filter(e -> ada.email().equals(e.get("email").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no LOGIN_FAILED for " + ada.email()));
    assertThat(event.get("ipAddress").asText()).isEqualTo(attacker.clientAddress());
    assertThat(event.get("accountId").asText()).isEqualTo(ada.id());
  }

  @Test
  void securityEventsArePagedNewestFirst() {
    Customer admin = newAdmin();
    SignIn.attempt(api.fromAnotherAddress(), "nobody-" + tag() + "@example.test", "wrong-one");
    SignIn.attempt(api.fromAnotherAddress(), "nobody-" + tag() + "@example.test", "wrong-two");

    ApiResponse first = api.get("/v1/admin/security-events?limit=1", admin.accessToken());
    ApiResponse second =
        api.get(
            "/v1/admin/security-events?limit=1&cursor=" + first.field("nextCursor"),
            admin.accessToken());

    JsonNode newest = first.json().get("items").get(0);
    JsonNode older = second.json().get("items").get(0);
    assertThat(newest.get("id").asText()).isNotEqualTo(older.get("id").asText());
    assertThat(Instant.parse(newest.get("occurredAt").asText()))
        .isAfterOrEqualTo(Instant.parse(older.get("occurredAt").asText()));
  }
}
