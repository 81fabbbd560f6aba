package org.openlicensing.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openlicensing.core.throttling.Limits;
import org.openlicensing.core.throttling.RateLimit;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.MailSubjects;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * What an attacker learns from the answers (nothing about who has an account) and how fast they may
 * guess (throttled per account and per address, with 429 RATE_LIMITED and Retry-After), and which
 * passwords nobody may choose.
 */
public abstract class EnumerationAndThrottlingContract extends ServerTestBase {
  private static final Duration MAIL = Duration.ofSeconds(20);

  /** Headers that differ on every answer, whatever the request. */
  private static final Set<String> PER_ANSWER = Set.of("date", "x-request-id");

  private static String freshAddress(String who) {
    return who + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  private static ApiResponse signUp(ApiClient client, String email, String password) {
    return client.post(
        "/v1/accounts", Map.of("email", email, "password", password, "name", "Someone"));
  }

  private static Set<String> fieldNames(JsonNode json) {
    Set<String> names = new TreeSet<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The headers of an answer that could tell two answers apart, with their values. */
  private static Map<String, List<String>> telling(ApiResponse answer) {
    Map<String, List<String>> headers = new TreeMap<>();
    answer
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!PER_ANSWER.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), values);
              }
            });
    return headers;
  }

  private static void assertRateLimited(ApiResponse answer) {
    assertProblem(answer, 429, "RATE_LIMITED");
    assertThat(answer.header("Retry-After")).as("Retry-After of %s", answer).matches("[0-9]+");
    assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
  }

  // Enumeration

  @Test
  void signingUpWithATakenAddressAnswersLikeAFreshSignUp() {
    Customer ada = newCustomer();

    ApiResponse taken =
        signUp(api.fromAnotherAddress(), ada.email().toUpperCase(), "Some-other-passphrase-1");
    ApiResponse fresh =
        signUp(api.fromAnotherAddress(), freshAddress("fresh"), "Some-other-passphrase-1");

    assertThat(taken.status()).as("%s", taken).isEqualTo(fresh.status()).isEqualTo(201);
    assertThat(fieldNames(taken.json())).isEqualTo(fieldNames(fresh.json()));
    assertThat(taken.field("status"))
        .isEqualTo(fresh.field("status"))
        .isEqualTo("PENDING_VERIFICATION");
    assertThat(taken.field("email")).isEqualTo(ada.email());
    assertThat(UUID.fromString(taken.field("id"))).isNotNull();
    assertThat(taken.field("id")).isNotEqualTo(ada.id());
    assertThat(telling(taken).keySet()).isEqualTo(telling(fresh).keySet());
    assertThat(taken.header("Location")).isEqualTo(fresh.header("Location"));
    assertThat(taken.contentType()).isEqualTo(fresh.contentType());
  }

  @Test
  void theIdAnsweredForATakenAddressIsOfTheSameKindAsAFreshOne() {
    Customer ada = newCustomer();

    ApiResponse taken = signUp(api.fromAnotherAddress(), ada.email(), "Some-other-passphrase-1");
    ApiResponse fresh =
        signUp(api.fromAnotherAddress(), freshAddress("fresh"), "Some-other-passphrase-1");

    assertThat(UUID.fromString(taken.field("id")).version())
        .as(
            "UUID version of the id for a taken address (%s) and a fresh one (%s)",
            taken.field("id"), fresh.field("id"))
        .isEqualTo(UUID.fromString(fresh.field("id")).version());
  }

  @Test
  void theOwnerOfATakenAddressGetsANoticeAndNoSecondVerificationLink() {
    Customer ada = newCustomer();

    signUp(api.fromAnotherAddress(), ada.email().toUpperCase(), "Some-other-passphrase-1");

    String notice =
        Mailbox.textOf(mailbox.awaitSubject(ada.email(), MailSubjects.SIGN_UP_ATTEMPT, MAIL));
    assertThat(notice).doesNotContain("token=");
    assertThat(mailbox.countWithSubject(ada.email(), MailSubjects.VERIFY)).isEqualTo(1);
  }

  @Test
  void aTakenAddressInAnyCaseOpensNoSecondAccount() {
    Customer ada = newCustomer();
    String otherPassword = "Some-other-passphrase-1";

    signUp(api.fromAnotherAddress(), "  " + ada.email().toUpperCase() + " ", otherPassword);

    assertProblem(
        SignIn.attempt(api.fromAnotherAddress(), ada.email(), otherPassword),
        401,
        "INVALID_CREDENTIALS");
    String admin = SignIn.superAdmin(api).accessToken();
    ApiResponse found = api.get("/v1/admin/users?q=" + ada.email().substring(4, 12), admin);
    assertThat(found.json().get("items")).hasSize(1);
    assertThat(SignIn.attempt(api.fromAnotherAddress(), ada.email(), Customer.PASSWORD).status())
        .isEqualTo(200);
  }

  @Test
  void resetRequestsAnswerAlikeForKnownAndUnknownAddresses() {
    Customer ada = newCustomer();

    ApiResponse known =
        api.fromAnotherAddress().post("/v1/auth/password-reset", Map.of("email", ada.email()));
    ApiResponse unknown =
        api.fromAnotherAddress()
            .post("/v1/auth/password-reset", Map.of("email", freshAddress("nobody")));

    assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(202);
    assertThat(known.text()).isEqualTo(unknown.text()).isEmpty();
    assertThat(telling(known)).isEqualTo(telling(unknown));
    mailbox.awaitSubject(ada.email(), MailSubjects.RESET, MAIL);
  }

  @Test
  void resetRequestsForOneAddressAreThrottledAlikeWhetherOrNotItHasAnAccount() {
    Customer ada = newCustomer();
    String nobody = freshAddress("nobody");
    long limit = Limits.DEFAULT.resetRequestPerAccount().capacity();
    for (int i = 0; i < limit; i++) {
      api.fromAnotherAddress().post("/v1/auth/password-reset", Map.of("email", ada.email()));
      api.fromAnotherAddress().post("/v1/auth/password-reset", Map.of("email", nobody));
    }

    ApiResponse known =
        api.fromAnotherAddress().post("/v1/auth/password-reset", Map.of("email", ada.email()));
    ApiResponse unknown =
        api.fromAnotherAddress().post("/v1/auth/password-reset", Map.of("email", nobody));

    assertRateLimited(known);
    assertRateLimited(unknown);
  }

  // Throttling

  @Test
  void failedSignInsToOneAccountFromManyAddressesAreThrottled() {
    Customer ada = newCustomer();
    long limit = Limits.DEFAULT.failedLoginsPerAccount().capacity();
    for (int i = 0; i < limit; i++) {
      assertProblem(
          SignIn.attempt(api.fromAnotherAddress(), ada.email(), "wrong-password-" + i),
          401,
          "INVALID_CREDENTIALS");
    }

    ApiResponse next = SignIn.attempt(api.fromAnotherAddress(), ada.email(), "wrong-password");

    assertRateLimited(next);
  }

  @Test
  void throttlingOneAccountLeavesTheOthersAlone() {
    Customer ada = newCustomer();
    Customer grace = newCustomer();
    ApiClient attacker = api.fromAnotherAddress();
    long limit = Limits.DEFAULT.failedLoginsPerAccount().capacity();
    for (int i = 0; i <= limit; i++) {
      SignIn.attempt(api.fromAnotherAddress(), ada.email(), "wrong-password-" + i);
    }

    ApiResponse other = SignIn.attempt(attacker, grace.email(), Customer.PASSWORD);

    assertThat(other.status()).as("%s", other).isEqualTo(200);
  }

  @Test
  void signInsFromOneAddressAreLimitedWhateverTheAccount() {
    ApiClient attacker = api.fromAnotherAddress();

    ApiResponse next =
        exhaust(
            Limits.DEFAULT.loginPerIp(),
            () -> {
              ApiResponse answer =
                  SignIn.attempt(attacker, freshAddress("guess"), "wrong-password");
              assertThat(answer.status()).isIn(401, 429);
              return answer;
            });
    ApiResponse elsewhere =
        SignIn.attempt(api.fromAnotherAddress(), freshAddress("guess"), "wrong-password");

    assertRateLimited(next);
    assertThat(elsewhere.status()).isEqualTo(401);
  }

  /** An endpoint limited per client address, with a body that passes validation. */
  static Stream<Arguments> limitedPerAddress() {
    Supplier<Map<String, Object>> junkToken =
        () -> Map.of("token", UUID.randomUUID().toString() + UUID.randomUUID());
    return Stream.of(
        Arguments.of(
            "refresh",
            "/v1/auth/token",
            Limits.DEFAULT.refreshPerIp(),
            (Supplier<Map<String, Object>>)
                () ->
                    Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        UUID.randomUUID().toString())),
        Arguments.of("verify", "/v1/accounts/verify", Limits.DEFAULT.verifyPerIp(), junkToken),
        Arguments.of(
            "confirm e-mail",
            "/v1/accounts/confirm-email",
            Limits.DEFAULT.verifyPerIp(),
            junkToken),
        Arguments.of(
            "resend",
            "/v1/accounts/verify/resend",
            Limits.DEFAULT.resendPerIp(),
            (Supplier<Map<String, Object>>) () -> Map.of("email", freshAddress("resend"))),
        Arguments.of(
            "reset request",
            "/v1/auth/password-reset",
            Limits.DEFAULT.resetRequestPerIp(),
            (Supplier<Map<String, Object>>) () -> Map.of("email", freshAddress("reset"))),
        Arguments.of(
            "reset confirmation",
            "/v1/auth/password-reset/confirm",
            Limits.DEFAULT.resetConfirmPerIp(),
            (Supplier<Map<String, Object>>)
                () -> Map.of("token", UUID.randomUUID().toString(), "password", "short")),
        Arguments.of(
            "sign-up",
            "/v1/accounts",
            Limits.DEFAULT.signUpPerIp(),
            (Supplier<Map<String, Object>>)
                () ->
                    Map.of(
                        "email",
                        freshAddress("signup"),
                        "password",
                        Customer.PASSWORD,
                        "name",
                        "Someone")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitedPerAddress")
  void anEndpointLimitedPerAddressAnswers429PastItsLimit(
      String name, String path, RateLimit limit, Supplier<Map<String, Object>> body) {
    ApiClient client = api.fromAnotherAddress();

    assertRateLimited(exhaust(limit, () -> client.post(path, body.get())));
  }

  /**
   * Spends a bucket until it answers 429: never within its capacity, and at the latest after the
   * tokens it refilled meanwhile. The buckets refill continuously (capacity per period), so a slow
   * machine gets a few more answers; counting them keeps the check exact without depending on
   * speed. Returns the 429.
   */
  private static ApiResponse exhaust(RateLimit limit, Supplier<ApiResponse> attempt) {
    long started = System.nanoTime();
    List<Integer> statuses = new ArrayList<>();
    for (long i = 0; ; i++) {
      ApiResponse answer = attempt.get();
      if (answer.status() == 429) {
        assertThat(i)
            .as("answers within the limit: %s", statuses)
            .isGreaterThanOrEqualTo(limit.capacity());
        return answer;
      }
      statuses.add(answer.status());
      long refilled =
          (System.nanoTime() - started) * limit.capacity() / limit.period().toNanos() + 1;
      assertThat(i)
          .as("no 429 after the capacity and the refills: %s", statuses)
          .isLessThan(limit.capacity() + refilled);
    }
  }

  @Test
  void resendRequestsForOneAddressAreLimited() {
    String email = freshAddress("pending");
    signUp(api.fromAnotherAddress(), email, Customer.PASSWORD);
    long limit = Limits.DEFAULT.resendPerAccount().capacity();
    for (int i = 0; i < limit; i++) {
      assertThat(
              api.fromAnotherAddress()
                  .post("/v1/accounts/verify/resend", Map.of("email", email))
                  .status())
          .isEqualTo(202);
    }

    assertRateLimited(
        api.fromAnotherAddress().post("/v1/accounts/verify/resend", Map.of("email", email)));
  }

  // Passwords nobody may choose

  @ParameterizedTest
  @ValueSource(strings = {"password123", "qwertyuiop", "Password123", "iloveyou"})
  void aCommonPasswordIsRefusedAtSignUp(String common) {
    ApiResponse answer = signUp(api.fromAnotherAddress(), freshAddress("common"), common);

    assertProblem(answer, 400, "VALIDATION_FAILED", "password");
  }

  @ParameterizedTest
  @ValueSource(strings = {"password123", "qwertyuiop"})
  void aCommonPasswordIsRefusedAtReset(String common) {
    Customer ada = newCustomer();
    ada.api().post("/v1/auth/password-reset", Map.of("email", ada.email()));
    String token = Mailbox.tokenOf(mailbox.awaitSubject(ada.email(), MailSubjects.RESET, MAIL));

    ApiResponse answer =
        ada.api()
            .post("/v1/auth/password-reset/confirm", Map.of("token", token, "password", common));

    assertProblem(answer, 400, "VALIDATION_FAILED", "password");
    assertThat(SignIn.attempt(ada.api(), ada.email(), Customer.PASSWORD).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password123", "qwertyuiop"})
  void aCommonPasswordIsRefusedAtChange(String common) {
    Customer ada = newCustomer();

    ApiResponse answer =
        ada.api()
            .post(
                "/v1/me/password",
                Map.of("currentPassword", Customer.PASSWORD, "newPassword", common),
                ada.accessToken());

    assertProblem(answer, 400, "VALIDATION_FAILED", "newPassword");
    assertThat(SignIn.attempt(ada.api(), ada.email(), Customer.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void aPasswordShorterThanEightCharactersIsRefused() {
    ApiResponse answer = signUp(api.fromAnotherAddress(), freshAddress("short"), "Zq9#kLm");

    assertProblem(answer, 400, "VALIDATION_FAILED", "password");
  }

  @Test
  void aPassphraseOf64CharactersIsAccepted() {
    String passphrase = "correct horse battery staple and then some more words to reach 64";

    ApiResponse answer =
        signUp(api.fromAnotherAddress(), freshAddress("long"), passphrase.substring(0, 64));

    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
  }
}
