package org.openlicensing.server.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * Bad input of every kind gets a 4xx problem+json with a stable code, naming the field at fault;
 * never a 500, never a trace of the server's insides, and nothing written.
 */
class BadInputTest extends ServerTestBase {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }

  private String token;

  private String token() {
    if (token == null) {
      token = newCustomer().accessToken();
    }
    return token;
  }

  private ApiResponse raw(String method, String path, String body, Map<String, String> headers) {
    return api.send(
        method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private ApiResponse postJson(String path, String body) {
    return raw("POST", path, body, Map.of("Content-Type", "application/json"));
  }

  private ApiResponse postJsonAuthenticated(String path, String body) {
    return raw(
        "POST",
        path,
        body,
        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token()));
  }

  private static void assertProblem(ApiResponse answer, int status, String code, String field) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
    assertThat(answer.field("code")).as("%s", answer).isEqualTo(code);
    assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    assertThat(answer.field("type")).isNotBlank();
    assertThat(answer.field("title")).isNotBlank();
    assertThat(answer.text())
        .doesNotContain("Exception", "at org.", "at java.", "jackson", "java.lang");
    if (field != null) {
      assertThat(answer.json().get("errors").findValuesAsText("field"))
          .as("%s", answer)
          .contains(field);
    }
  }

  static Stream<Arguments> signUpBodies() {
    return Stream.of(
        Arguments.of("{", "body"),
        Arguments.of("[]", "body"),
        Arguments.of("\"text\"", "body"),
        Arguments.of(
            "{\"email\": 42, \"password\": \"A-long-enough-passphrase-42\", \"name\": \"A\"}",
            "email"),
        Arguments.of(
            "{\"email\": \"a@example.test\", \"password\": true, \"name\": \"A\"}", "password"),
        Arguments.of(
            "{\"email\": \"a@example.test\", \"password\": \"A-long-enough-passphrase-42\"}",
            "name"),
        Arguments.of("{\"email\": \"not-an-email\", \"password\": \"x\"}", "email"),
        Arguments.of(
            "{\"email\": \"a@example.test\", \"password\": \"short\", \"name\": \"A\"}",
            "password"),
        Arguments.of(
            "{\"email\": \"a@example.test\", \"password\": \"A-long-enough-passphrase-42\", \"name\": \""
                + "n".repeat(5000)
                + "\"}",
            "name"),
        Arguments.of(
            "{\"email\": \"a@example.test\", \"password\": \"A-long-enough-passphrase-42\", \"name\": \"A\", \"admin\": true}",
            "admin"),
        Arguments.of(
            "{\"email\": \"a@example.test\", \"email\": \"b@example.test\", \"password\": \"A-long-enough-passphrase-42\", \"name\": \"A\"}",
            "body"),
        Arguments.of("{\"email\": {\"$ne\": null}, \"password\": \"x\", \"name\": \"A\"}", "email"),
        Arguments.of(
            "{\"email\": \"a@example.test' OR '1'='1\", \"password\": \"A-long-enough-passphrase-42\", \"name\": \"A\"}",
            "email"));
  }

  @ParameterizedTest
  @MethodSource("signUpBodies")
  void aBadSignUpIsRefusedNamingTheField(String body, String field) {
    assertProblem(postJson("/v1/accounts", body), 400, "VALIDATION_FAILED", field);
  }

  static Stream<Arguments> subscriptionBodies() {
    String ok =
        "\"plan\": \"pro\", \"billingPeriod\": \"MONTHLY\", \"paymentMethod\": \"pm_card_visa\"";
    return Stream.of(
        Arguments.of("{" + ok + "}", "seats"),
        Arguments.of("{" + ok + ", \"seats\": \"three\"}", "seats"),
        Arguments.of("{" + ok + ", \"seats\": 3.5}", "seats"),
        Arguments.of("{" + ok + ", \"seats\": -1}", "seats"),
        Arguments.of("{" + ok + ", \"seats\": 0}", "seats"),
        Arguments.of("{" + ok + ", \"seats\": 1000000000000}", "seats"),
        Arguments.of("{" + ok + ", \"seats\": 100000}", "seats"),
        Arguments.of(
            "{\"plan\": \"platinum\", \"seats\": 1, \"billingPeriod\": \"MONTHLY\", \"paymentMethod\": \"pm_card_visa\"}",
            "plan"),
        Arguments.of(
            "{\"plan\": \"pro\", \"seats\": 1, \"billingPeriod\": \"WEEKLY\", \"paymentMethod\": \"pm_card_visa\"}",
            "billingPeriod"),
        Arguments.of(
            "{\"plan\": \"pro\", \"seats\": 1, \"billingPeriod\": 1, \"paymentMethod\": \"pm_card_visa\"}",
            "billingPeriod"),
        Arguments.of(
            "{\"plan\": \"pro\", \"seats\": 1, \"billingPeriod\": \"MONTHLY\"}", "paymentMethod"),
        Arguments.of(
            "{\"plan\": \"pro\", \"seats\": 1, \"billingPeriod\": \"MONTHLY\", \"paymentMethod\": \"pm_not_a_card\"}",
            "paymentMethod"),
        Arguments.of(
            "{\"organizationId\": \"not-a-uuid\", \"plan\": \"pro\", \"seats\": 1, \"billingPeriod\": \"MONTHLY\", \"paymentMethod\": \"pm_card_visa\"}",
            "organizationId"));
  }

  @ParameterizedTest
  @MethodSource("subscriptionBodies")
  void aBadSubscriptionIsRefusedNamingTheFieldAndBuysNothing(String body, String field) {
    assertProblem(
        postJsonAuthenticated("/v1/subscriptions", body), 400, "VALIDATION_FAILED", field);
    ApiResponse licenses = api.get("/v1/licenses", token());
    assertThat(licenses.json().get("items")).isEmpty();
  }

  static Stream<Arguments> activationBodies() {
    return Stream.of(
        Arguments.of("{\"fingerprint\": \"f\"}", "licenseKey"),
        Arguments.of("{\"licenseKey\": \"AAAAA\"}", "fingerprint"),
        Arguments.of("{\"licenseKey\": 12, \"fingerprint\": \"f\"}", "licenseKey"),
        Arguments.of(
            "{\"licenseKey\": \"AAAAA\", \"fingerprint\": \"" + "f".repeat(300) + "\"}",
            "fingerprint"),
        Arguments.of(
            "{\"licenseKey\": \"" + "K".repeat(100) + "\", \"fingerprint\": \"f\"}", "licenseKey"),
        Arguments.of("{\"licenseKey\": \"AAAAA\", \"fingerprint\": \"f\\u0000g\"}", "fingerprint"),
        Arguments.of("{\"licenseKey\": \"AAAAA\", \"fingerprint\": [\"f\"]}", "fingerprint"));
  }

  @ParameterizedTest
  @MethodSource("activationBodies")
  void aBadActivationIsRefusedNamingTheField(String body, String field) {
    assertProblem(postJson("/v1/activations", body), 400, "VALIDATION_FAILED", field);
  }

  @Test
  void anUnknownLicenseKeyCannotActivate() {
    assertProblem(
        postJson(
            "/v1/activations",
            "{\"licenseKey\": \"AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF\", \"fingerprint\": \"f\"}"),
        404,
        "NOT_FOUND",
        null);
  }

  @Test
  void anEmptyBodyIsRefused() {
    assertProblem(postJson("/v1/activations", ""), 400, "VALIDATION_FAILED", "body");
    assertProblem(postJson("/v1/validations", "null"), 400, "VALIDATION_FAILED", "body");
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] body = {
      '{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
    };
    ApiResponse answer =
        api.send("POST", "/v1/accounts", body, Map.of("Content-Type", "application/json"));
    assertProblem(answer, 400, "VALIDATION_FAILED", "email");
    assertThat(answer.field("detail")).contains("UTF-8");
  }

  @Test
  void anOversizedBodyIs413() {
    String huge = "{\"email\": \"" + "a".repeat(200_000) + "\"}";
    assertProblem(postJson("/v1/accounts", huge), 413, "PAYLOAD_TOO_LARGE", null);
  }

  @Test
  void anOversizedChunkedBodyIs413() {
    byte[] huge = ("{\"email\": \"" + "a".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    ApiResponse answer =
        api.sendStreaming("POST", "/v1/accounts", huge, Map.of("Content-Type", "application/json"));
    assertProblem(answer, 413, "PAYLOAD_TOO_LARGE", null);
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    ApiResponse answer =
        raw(
            "POST",
            "/v1/accounts",
            "email=a@example.test",
            Map.of("Content-Type", "application/x-www-form-urlencoded"));
    assertProblem(answer, 415, "UNSUPPORTED_MEDIA_TYPE", null);
  }

  @Test
  void anUnknownPathIs404Problem() {
    assertProblem(raw("GET", "/v1/nothing-here", null, Map.of()), 404, "NOT_FOUND", null);
  }

  @Test
  void aWrongMethodIs405ProblemWithAllow() {
    ApiResponse answer = raw("PUT", "/v1/plans", "{}", Map.of("Content-Type", "application/json"));
    assertProblem(answer, 405, "METHOD_NOT_ALLOWED", null);
    assertThat(answer.header("Allow")).contains("GET");
  }

  @Test
  void aMalformedIdInThePathIsNotFound() {
    assertProblem(api.get("/v1/licenses/not-a-uuid", token()), 404, "NOT_FOUND", null);
  }

  @Test
  void aQueryParameterOfTheWrongTypeIsNamed() {
    assertProblem(api.get("/v1/licenses?limit=lots", token()), 400, "VALIDATION_FAILED", "limit");
    assertProblem(api.get("/v1/licenses?limit=0", token()), 400, "VALIDATION_FAILED", "limit");
    assertProblem(
        api.get("/v1/licenses?cursor=not-a-cursor", token()), 400, "VALIDATION_FAILED", "cursor");
  }

  @Test
  void badCredentialsAre401() {
    assertProblem(
        raw("GET", "/v1/me", null, Map.of("Authorization", "Bearer not.a.jwt")),
        401,
        "UNAUTHENTICATED",
        null);
    assertProblem(
        raw("GET", "/v1/me", null, Map.of("Authorization", "Basic YTpi")),
        401,
        "UNAUTHENTICATED",
        null);
    assertProblem(raw("GET", "/v1/me", null, Map.of()), 401, "UNAUTHENTICATED", null);
  }

  @Test
  void anUnknownGrantTypeIsNamed() {
    assertProblem(
        postJson("/v1/auth/token", "{\"grant_type\": \"client_credentials\"}"),
        400,
        "VALIDATION_FAILED",
        "grant_type");
  }

  @Test
  void aTakenEmailAnswersLikeAFreshOneAndOpensNoSecondAccount() {
    Customer ada = newCustomer();
    Map<String, Object> again = new LinkedHashMap<>();
    again.put("email", ada.email().toUpperCase());
    again.put("password", Customer.PASSWORD);
    again.put("name", "Ada Again");

    ApiResponse answer = api.post("/v1/accounts", again);

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.field("status")).isEqualTo("PENDING_VERIFICATION");
    assertThat(answer.field("email")).isEqualTo(ada.email());
    assertThat(mailbox.awaitCount(ada.email(), 2, Duration.ofSeconds(20))).isEqualTo(2);
  }

  @Test
  void everyProblemCarriesTheRequestIdOfItsResponse() {
    ApiResponse answer = postJson("/v1/accounts", "{");
    assertThat(answer.field("requestId")).isEqualTo(answer.header("X-Request-Id"));
    assertThat(List.of(answer.field("requestId"))).doesNotContainNull();
  }
}
