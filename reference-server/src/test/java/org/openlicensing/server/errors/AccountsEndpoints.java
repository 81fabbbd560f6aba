package org.openlicensing.server.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The endpoints of accounts, sessions, admin user management and API keys (issue 3) and of
 * organizations (issue 4), as data for the bad-input sweep: who calls each, and the fields of its
 * JSON body with a good value for each.
 */
final class AccountsEndpoints {
  private AccountsEndpoints() {}

  /** Whose credentials a request carries. */
  enum Who {
    ANYONE,
    /** A signed-in account. */
    USER,
    /** The platform's super admin. */
    ADMIN,
    /** A signed-in account acting on its own organization, {@code {org}} in the path. */
    OWNER
  }

  /** The JSON kind of a field, which decides the values of a wrong type. */
  enum Kind {
    TEXT,
    BOOLEAN,
    ENUM_LIST,
    OBJECT,
    /** A list whose entries are lines of a bulk request: a null entry fails its line only. */
    LINES
  }

  record Field(String name, Kind kind, boolean required, Supplier<Object> good) {}

  /**
   * An endpoint: {@code {user}} in its path is an account the admin acts on, {@code {org}} the
   * organization of the OWNER.
   */
  record Endpoint(
      String name, String method, String path, Who who, String contentType, List<Field> fields) {

    /** A body every field of which is good. */
    Map<String, Object> goodBody() {
      Map<String, Object> body = new LinkedHashMap<>();
      fields.forEach(f -> body.put(f.name(), f.good().get()));
      return body;
    }

    Stream<Field> textFields() {
      return fields.stream().filter(f -> f.kind() == Kind.TEXT);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final String PASSWORD = "A-long-enough-passphrase-42";
  private static final String JSON = "application/json";
  private static final String MERGE_PATCH = "application/merge-patch+json";

  private static Supplier<Object> freshEmail() {
    return () -> "sweep+" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  private static Field required(String name, Object good) {
    return new Field(name, Kind.TEXT, true, () -> good);
  }

  private static Field requiredEmail(String name) {
    return new Field(name, Kind.TEXT, true, freshEmail());
  }

  private static Field optional(String name, Object good) {
    return new Field(name, Kind.TEXT, false, () -> good);
  }

  private static Endpoint endpoint(
      String method, String path, Who who, String contentType, Field... fields) {
    return new Endpoint(method + " " + path, method, path, who, contentType, List.of(fields));
  }

  private static final Supplier<Object> BILLING =
      () ->
          Map.of(
              "legalName",
              "Sweep GmbH",
              "address",
              Map.of("line1", "Street 1", "postalCode", "10117", "city", "Berlin"),
              "country",
              "DE",
              "billingEmail",
              "billing@sweep.example");

  /** Every endpoint of issue 4 that reads a JSON body; {@code {org}} is a personal one. */
  private static final List<Endpoint> ORGANIZATIONS_WITH_BODIES =
      List.of(
          endpoint(
              "POST",
              "/v1/organizations",
              Who.USER,
              JSON,
              required("name", "Sweep Team"),
              new Field("billing", Kind.OBJECT, false, BILLING)),
          endpoint(
              "PATCH",
              "/v1/organizations/{org}",
              Who.OWNER,
              MERGE_PATCH,
              optional("name", "Renamed by the sweep"),
              new Field("billing", Kind.OBJECT, false, BILLING)),
          endpoint(
              "POST",
              "/v1/organizations/{org}/invitations",
              Who.OWNER,
              JSON,
              requiredEmail("email"),
              required("role", "MEMBER")),
          endpoint(
              "POST",
              "/v1/organizations/{org}/invitations/bulk",
              Who.OWNER,
              JSON,
              new Field(
                  "invitations",
                  Kind.LINES,
                  true,
                  () -> List.of(Map.of("email", "bulk@sweep.example", "role", "MEMBER")))),
          endpoint(
              "POST",
              "/v1/organizations/{org}/members/bulk-role-change",
              Who.OWNER,
              JSON,
              new Field(
                  "changes",
                  Kind.LINES,
                  true,
                  () ->
                      List.of(Map.of("accountId", UUID.randomUUID().toString(), "role", "ADMIN")))),
          endpoint(
              "POST",
              "/v1/organizations/{org}/members/bulk-removal",
              Who.OWNER,
              JSON,
              new Field(
                  "accountIds", Kind.LINES, true, () -> List.of(UUID.randomUUID().toString()))),
          endpoint(
              "PATCH",
              "/v1/organizations/{org}/members/" + UUID.randomUUID(),
              Who.OWNER,
              MERGE_PATCH,
              required("role", "ADMIN")),
          endpoint(
              "POST",
              "/v1/organizations/{org}/ownership-transfer",
              Who.OWNER,
              JSON,
              new Field("accountId", Kind.TEXT, true, () -> UUID.randomUUID().toString())),
          endpoint("POST", "/v1/invitations/preview", Who.ANYONE, JSON, required("token", "tok")),
          endpoint("POST", "/v1/invitations/accept", Who.USER, JSON, required("token", "tok")),
          endpoint(
              "PUT",
              "/v1/licenses/" + UUID.randomUUID() + "/assignee",
              Who.USER,
              JSON,
              new Field("accountId", Kind.TEXT, true, () -> UUID.randomUUID().toString())),
          endpoint(
              "POST",
              "/v1/licenses/" + UUID.randomUUID() + "/transfer",
              Who.USER,
              JSON,
              new Field("accountId", Kind.TEXT, true, () -> UUID.randomUUID().toString())));

  /** Every endpoint of issue 3 that reads a JSON body. */
  private static final List<Endpoint> ACCOUNTS_WITH_BODIES =
      List.of(
          endpoint(
              "POST",
              "/v1/accounts",
              Who.ANYONE,
              JSON,
              requiredEmail("email"),
              required("password", PASSWORD),
              required("name", "Sweep Tester")),
          endpoint("POST", "/v1/accounts/verify", Who.ANYONE, JSON, required("token", "tok")),
          endpoint("POST", "/v1/accounts/verify/resend", Who.ANYONE, JSON, requiredEmail("email")),
          endpoint("POST", "/v1/accounts/confirm-email", Who.ANYONE, JSON, required("token", "t")),
          new Endpoint(
              "POST /v1/auth/token (password)",
              "POST",
              "/v1/auth/token",
              Who.ANYONE,
              JSON,
              List.of(
                  required("grant_type", "password"),
                  requiredEmail("email"),
                  required("password", "not-the-password"))),
          new Endpoint(
              "POST /v1/auth/token (refresh_token)",
              "POST",
              "/v1/auth/token",
              Who.ANYONE,
              JSON,
              List.of(
                  required("grant_type", "refresh_token"),
                  required("refresh_token", "not-a-refresh-token"))),
          endpoint("POST", "/v1/auth/password-reset", Who.ANYONE, JSON, requiredEmail("email")),
          endpoint(
              "POST",
              "/v1/auth/password-reset/confirm",
              Who.ANYONE,
              JSON,
              required("token", "not-a-reset-token"),
              required("password", "Sweep-new-passphrase-9")),
          endpoint(
              "PATCH",
              "/v1/me/profile",
              Who.USER,
              MERGE_PATCH,
              optional("name", "Sweep Tester"),
              optional("companyName", "Sweep Ltd"),
              optional("vatId", "DE123456789"),
              optional("country", "DE"),
              optional("phone", "+4930123456"),
              optional("locale", "de-DE"),
              optional("timeZone", "Europe/Berlin"),
              new Field("marketingEmails", Kind.BOOLEAN, false, () -> false),
              new Field(
                  "address",
                  Kind.OBJECT,
                  false,
                  () -> Map.of("line1", "Street 1", "postalCode", "10117", "city", "Berlin"))),
          // The current password is wrong on purpose, so that no sweep changes the password.
          endpoint(
              "POST",
              "/v1/me/password",
              Who.USER,
              JSON,
              required("currentPassword", "not-the-current-password"),
              required("newPassword", "Sweep-new-passphrase-9")),
          endpoint(
              "POST",
              "/v1/me/email",
              Who.USER,
              JSON,
              requiredEmail("email"),
              required("password", "not-the-password")),
          endpoint(
              "POST",
              "/v1/admin/users/{user}/notes",
              Who.ADMIN,
              JSON,
              required("body", "A note from the sweep")),
          endpoint(
              "PUT",
              "/v1/admin/users/{user}/roles",
              Who.ADMIN,
              JSON,
              new Field("roles", Kind.ENUM_LIST, true, () -> List.of("USER"))),
          endpoint(
              "POST",
              "/v1/organizations/{org}/api-keys",
              Who.OWNER,
              JSON,
              required("name", "sweep key"),
              new Field("scopes", Kind.ENUM_LIST, true, () -> List.of("READ"))));

  /** Every endpoint of issues 3 and 4 that reads a JSON body. */
  static final List<Endpoint> WITH_BODIES =
      Stream.concat(ACCOUNTS_WITH_BODIES.stream(), ORGANIZATIONS_WITH_BODIES.stream()).toList();

  /** The endpoints of issues 3 and 4 that read no body. */
  static final List<Endpoint> WITHOUT_BODIES =
      List.of(
          endpoint("POST", "/v1/organizations/{org}/leave", Who.OWNER, JSON),
          endpoint(
              "DELETE", "/v1/organizations/{org}/members/" + UUID.randomUUID(), Who.OWNER, JSON),
          endpoint(
              "DELETE",
              "/v1/organizations/{org}/invitations/" + UUID.randomUUID(),
              Who.OWNER,
              JSON),
          endpoint(
              "POST",
              "/v1/organizations/{org}/invitations/" + UUID.randomUUID() + "/resend",
              Who.OWNER,
              JSON),
          endpoint("DELETE", "/v1/licenses/" + UUID.randomUUID() + "/assignee", Who.USER, JSON),
          endpoint("POST", "/v1/licenses/" + UUID.randomUUID() + "/reset", Who.USER, JSON),
          endpoint("POST", "/v1/activations/" + UUID.randomUUID() + "/heartbeat", Who.USER, JSON),
          endpoint("POST", "/v1/admin/licenses/" + UUID.randomUUID() + "/reset", Who.ADMIN, JSON),
          endpoint("POST", "/v1/auth/logout", Who.USER, JSON),
          endpoint("POST", "/v1/admin/users/{user}/disable", Who.ADMIN, JSON),
          endpoint("POST", "/v1/admin/users/{user}/enable", Who.ADMIN, JSON),
          endpoint("POST", "/v1/admin/users/{user}/end-sessions", Who.ADMIN, JSON),
          endpoint("POST", "/v1/admin/users/{user}/resend-verification", Who.ADMIN, JSON),
          endpoint("POST", "/v1/admin/users/{user}/password-reset", Who.ADMIN, JSON),
          endpoint(
              "POST",
              "/v1/admin/webhook-events/" + UUID.randomUUID() + "/replay",
              Who.ADMIN,
              JSON));

  /**
   * Every endpoint with an id in its path, {@code {bad}} where a malformed id goes, and the body it
   * is sent with (or null).
   */
  record PathEndpoint(String method, String path, Who who, Map<String, Object> body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final List<PathEndpoint> WITH_IDS =
      List.of(
          new PathEndpoint("DELETE", "/v1/me/sessions/{bad}", Who.USER, null),
          new PathEndpoint("GET", "/v1/admin/users/{bad}", Who.ADMIN, null),
          new PathEndpoint("GET", "/v1/admin/webhook-events/{bad}", Who.ADMIN, null),
          new PathEndpoint("POST", "/v1/admin/webhook-events/{bad}/replay", Who.ADMIN, null),
          new PathEndpoint("POST", "/v1/admin/users/{bad}/disable", Who.ADMIN, null),
          new PathEndpoint("POST", "/v1/admin/users/{bad}/enable", Who.ADMIN, null),
          new PathEndpoint("POST", "/v1/admin/users/{bad}/end-sessions", Who.ADMIN, null),
          new PathEndpoint("POST", "/v1/admin/users/{bad}/resend-verification", Who.ADMIN, null),
          new PathEndpoint("POST", "/v1/admin/users/{bad}/password-reset", Who.ADMIN, null),
          new PathEndpoint(
              "POST", "/v1/admin/users/{bad}/notes", Who.ADMIN, Map.of("body", "a note")),
          new PathEndpoint(
              "PUT", "/v1/admin/users/{bad}/roles", Who.ADMIN, Map.of("roles", List.of("USER"))),
          new PathEndpoint("GET", "/v1/organizations/{bad}/api-keys", Who.OWNER, null),
          new PathEndpoint(
              "POST",
              "/v1/organizations/{bad}/api-keys",
              Who.OWNER,
              Map.of("name", "k", "scopes", List.of("READ"))),
          new PathEndpoint(
              "DELETE", "/v1/organizations/{bad}/api-keys/" + UUID.randomUUID(), Who.OWNER, null),
          new PathEndpoint("DELETE", "/v1/organizations/{org}/api-keys/{bad}", Who.OWNER, null),
          new PathEndpoint("GET", "/v1/organizations/{bad}", Who.OWNER, null),
          new PathEndpoint("PATCH", "/v1/organizations/{bad}", Who.OWNER, Map.of("name", "x")),
          new PathEndpoint("POST", "/v1/organizations/{bad}/leave", Who.OWNER, null),
          new PathEndpoint(
              "POST",
              "/v1/organizations/{bad}/ownership-transfer",
              Who.OWNER,
              Map.of("accountId", UUID.randomUUID().toString())),
          new PathEndpoint("GET", "/v1/organizations/{bad}/members", Who.OWNER, null),
          new PathEndpoint("DELETE", "/v1/organizations/{org}/members/{bad}", Who.OWNER, null),
          new PathEndpoint(
              "PATCH", "/v1/organizations/{org}/members/{bad}", Who.OWNER, Map.of("role", "ADMIN")),
          new PathEndpoint(
              "POST",
              "/v1/organizations/{bad}/members/bulk-removal",
              Who.OWNER,
              Map.of("accountIds", List.of(UUID.randomUUID().toString()))),
          new PathEndpoint(
              "POST",
              "/v1/organizations/{bad}/members/bulk-role-change",
              Who.OWNER,
              Map.of(
                  "changes",
                  List.of(Map.of("accountId", UUID.randomUUID().toString(), "role", "ADMIN")))),
          new PathEndpoint("GET", "/v1/organizations/{bad}/invitations", Who.OWNER, null),
          new PathEndpoint(
              "POST",
              "/v1/organizations/{bad}/invitations",
              Who.OWNER,
              Map.of("email", "x@sweep.example", "role", "MEMBER")),
          new PathEndpoint(
              "POST",
              "/v1/organizations/{bad}/invitations/bulk",
              Who.OWNER,
              Map.of("invitations", List.of(Map.of("email", "x@sweep.example", "role", "MEMBER")))),
          new PathEndpoint("DELETE", "/v1/organizations/{org}/invitations/{bad}", Who.OWNER, null),
          new PathEndpoint(
              "POST", "/v1/organizations/{org}/invitations/{bad}/resend", Who.OWNER, null),
          new PathEndpoint("GET", "/v1/organizations/{bad}/audit-events", Who.OWNER, null),
          new PathEndpoint(
              "PUT",
              "/v1/licenses/{bad}/assignee",
              Who.OWNER,
              Map.of("accountId", UUID.randomUUID().toString())),
          new PathEndpoint("DELETE", "/v1/licenses/{bad}/assignee", Who.OWNER, null),
          new PathEndpoint(
              "POST",
              "/v1/licenses/{bad}/transfer",
              Who.OWNER,
              Map.of("accountId", UUID.randomUUID().toString())),
          new PathEndpoint("POST", "/v1/licenses/{bad}/reset", Who.OWNER, null),
          new PathEndpoint("POST", "/v1/activations/{bad}/heartbeat", Who.OWNER, null),
          new PathEndpoint("POST", "/v1/admin/licenses/{bad}/reset", Who.ADMIN, null));

  /** Ids that are no UUIDs, written as they may stand in a path. */
  static final List<String> MALFORMED_IDS =
      List.of(
          "not-a-uuid",
          "12345",
          "00000000-0000-0000-0000-00000000000g",
          "1'OR'1'='1",
          "%00",
          "%3Cscript%3E",
          "x".repeat(2000));
}
