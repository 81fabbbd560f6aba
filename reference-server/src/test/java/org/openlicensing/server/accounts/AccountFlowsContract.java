package org.openlicensing.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.MailSubjects;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * What an account does for itself over HTTP and SMTP: reset a forgotten password by e-mail, change
 * its password and address, keep its profile, see and end its sessions, log out, and ask for a new
 * verification link.
 */
public abstract class AccountFlowsContract extends ServerTestBase {
  private static final String NEW_PASSWORD = "Another-long-passphrase-77";
  private static final Duration MAIL = Duration.ofSeconds(20);

  private ApiResponse me(String bearer) {
    return api.get("/v1/me", bearer);
  }

  private static String freshAddress(String who) {
    return who + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  /** Asks for a reset link and returns the token the e-mail carries. */
  private String resetToken(Customer customer) {
    ApiResponse request =
        customer.api().post("/v1/auth/password-reset", Map.of("email", customer.email()));
    assertThat(request.status()).as("%s", request).isEqualTo(202);
    return Mailbox.tokenOf(mailbox.awaitSubject(customer.email(), MailSubjects.RESET, MAIL));
  }

  private ApiResponse confirmReset(ApiClient client, String token, String password) {
    return client.post(
        "/v1/auth/password-reset/confirm", Map.of("token", token, "password", password));
  }

  private void resetPassword(Customer customer, String password) {
    ApiResponse confirmed = confirmReset(customer.api(), resetToken(customer), password);
    assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(204);
  }

  private ApiResponse changePassword(Customer customer, String current, String next) {
    return customer
        .api()
        .post(
            "/v1/me/password",
            Map.of("currentPassword", current, "newPassword", next),
            customer.accessToken());
  }

  private ApiResponse patchProfile(Customer customer, String json) {
    return customer
        .api()
        .send(
            "PATCH",
            "/v1/me/profile",
            json.getBytes(StandardCharsets.UTF_8),
            Map.of(
                "Content-Type",
                "application/merge-patch+json",
                "Authorization",
                "Bearer " + customer.accessToken()));
  }

  private List<JsonNode> sessions(String bearer) {
    ApiResponse list = api.get("/v1/me/sessions", bearer);
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    list.json().get("items").forEach(items::add);
    return items;
  }

  // Password reset by e-mail

  @Test
  void theResetLinkFromTheEmailSetsAPasswordThatSignsIn() {
    Customer ada = newCustomer();

    resetPassword(ada, NEW_PASSWORD);

    assertThat(SignIn.attempt(ada.api(), ada.email(), NEW_PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void afterAResetTheOldPasswordIsRefused() {
    Customer ada = newCustomer();

    resetPassword(ada, NEW_PASSWORD);

    assertProblem(
        SignIn.attempt(ada.api(), ada.email(), Customer.PASSWORD), 401, "INVALID_CREDENTIALS");
  }

  @Test
  void aResetEndsEverySessionOfTheAccount() {
    Customer ada = newCustomer();
    SignIn other = ada.signInAgain();

    resetPassword(ada, NEW_PASSWORD);

    assertProblem(me(ada.accessToken()), 401, "UNAUTHENTICATED");
    assertProblem(me(other.accessToken()), 401, "UNAUTHENTICATED");
    assertProblem(SignIn.refresh(ada.api(), ada.refreshToken()), 401, "UNAUTHENTICATED");
  }

  @Test
  void aResetLinkWorksOnce() {
    Customer ada = newCustomer();
    String token = resetToken(ada);
    assertThat(confirmReset(ada.api(), token, NEW_PASSWORD).status()).isEqualTo(204);

    ApiResponse again = confirmReset(ada.api(), token, "Yet-another-passphrase-31");

    assertProblem(again, 400, "TOKEN_INVALID");
    assertThat(SignIn.attempt(ada.api(), ada.email(), NEW_PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void aNewerResetLinkRetiresTheOlderOne() {
    Customer ada = newCustomer();
    String first = resetToken(ada);
    ada.api().post("/v1/auth/password-reset", Map.of("email", ada.email()));
    String second =
        Mailbox.tokenOf(mailbox.awaitNthWithSubject(ada.email(), MailSubjects.RESET, 2, MAIL));

    assertProblem(confirmReset(ada.api(), first, NEW_PASSWORD), 400, "TOKEN_INVALID");
    assertThat(confirmReset(ada.api(), second, NEW_PASSWORD).status()).isEqualTo(204);
  }

  // Changing the password

  @Test
  void changingThePasswordEndsTheOtherSessionsAndKeepsTheCallers() {
    Customer ada = newCustomer();
    SignIn other = ada.signInAgain();

    ApiResponse changed = changePassword(ada, Customer.PASSWORD, NEW_PASSWORD);

    assertThat(changed.status()).as("%s", changed).isEqualTo(204);
    assertProblem(me(other.accessToken()), 401, "UNAUTHENTICATED");
    assertProblem(SignIn.refresh(ada.api(), other.refreshToken()), 401, "UNAUTHENTICATED");
    assertThat(me(ada.accessToken()).status()).isEqualTo(200);
    assertThat(SignIn.refresh(ada.api(), ada.refreshToken()).status()).isEqualTo(200);
  }

  @Test
  void aChangedPasswordSignsInAndTheOldOneNoLonger() {
    Customer ada = newCustomer();

    changePassword(ada, Customer.PASSWORD, NEW_PASSWORD);

    assertThat(SignIn.attempt(ada.api(), ada.email(), NEW_PASSWORD).status()).isEqualTo(200);
    assertProblem(
        SignIn.attempt(ada.api(), ada.email(), Customer.PASSWORD), 401, "INVALID_CREDENTIALS");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() {
    Customer ada = newCustomer();

    ApiResponse refused = changePassword(ada, "not-the-current-password", NEW_PASSWORD);

    assertProblem(refused, 401, "INVALID_CREDENTIALS");
    assertThat(SignIn.attempt(ada.api(), ada.email(), Customer.PASSWORD).status()).isEqualTo(200);
    assertThat(me(ada.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void theOwnerIsToldOfAPasswordChangeByEmail() {
    Customer ada = newCustomer();

    changePassword(ada, Customer.PASSWORD, NEW_PASSWORD);

    assertThat(mailbox.awaitSubject(ada.email(), MailSubjects.PASSWORD_CHANGED, MAIL)).isNotNull();
  }

  // Changing the e-mail address

  private ApiResponse requestEmailChange(Customer customer, String email, String password) {
    return customer
        .api()
        .post("/v1/me/email", Map.of("email", email, "password", password), customer.accessToken());
  }

  private ApiResponse confirmEmailChange(Customer customer, String newAddress) {
    String token =
        Mailbox.tokenOf(mailbox.awaitSubject(newAddress, MailSubjects.CONFIRM_NEW_EMAIL, MAIL));
    return customer.api().post("/v1/accounts/confirm-email", Map.of("token", token));
  }

  @Test
  void theNewAddressTakesEffectOnceItsLinkIsConfirmed() {
    Customer ada = newCustomer();
    String newAddress = freshAddress("ada.new");

    ApiResponse requested = requestEmailChange(ada, newAddress, Customer.PASSWORD);
    assertThat(requested.status()).as("%s", requested).isEqualTo(202);
    assertThat(ada.me().get("email").asText()).isEqualTo(ada.email());
    ApiResponse confirmed = confirmEmailChange(ada, newAddress);

    assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(200);
    assertThat(confirmed.field("email")).isEqualTo(newAddress);
    assertThat(ada.me().get("email").asText()).isEqualTo(newAddress);
  }

  @Test
  void afterAnEmailChangeTheNewAddressSignsInAndTheOldOneNoLonger() {
    Customer ada = newCustomer();
    String newAddress = freshAddress("ada.new");
    requestEmailChange(ada, newAddress, Customer.PASSWORD);

    confirmEmailChange(ada, newAddress);

    assertThat(SignIn.attempt(ada.api(), newAddress, Customer.PASSWORD).status()).isEqualTo(200);
    assertProblem(
        SignIn.attempt(ada.api(), ada.email(), Customer.PASSWORD), 401, "INVALID_CREDENTIALS");
  }

  @Test
  void theOldAddressIsToldOfAnEmailChange() {
    Customer ada = newCustomer();

    requestEmailChange(ada, freshAddress("ada.new"), Customer.PASSWORD);

    String notice =
        Mailbox.textOf(
            mailbox.awaitSubject(ada.email(), MailSubjects.EMAIL_CHANGE_REQUESTED, MAIL));
    assertThat(notice).doesNotContain("token=");
  }

  @Test
  void anEmailChangeNeedsThePassword() {
    Customer ada = newCustomer();

    ApiResponse refused = requestEmailChange(ada, freshAddress("ada.new"), "not-the-password");

    assertProblem(refused, 401, "INVALID_CREDENTIALS", "password");
    assertThat(ada.me().get("email").asText()).isEqualTo(ada.email());
  }

  @Test
  void anEmailChangeToATakenAddressAnswersAlikeAndSendsItNoLink() {
    Customer ada = newCustomer();
    Customer grace = newCustomer();

    ApiResponse requested = requestEmailChange(ada, grace.email(), Customer.PASSWORD);

    assertThat(requested.status()).as("%s", requested).isEqualTo(202);
    assertThat(requested.text()).isEmpty();
    // The notice to the old address is queued with any link, in one transaction.
    mailbox.awaitSubject(ada.email(), MailSubjects.EMAIL_CHANGE_REQUESTED, MAIL);
    assertThat(mailbox.countWithSubject(grace.email(), MailSubjects.CONFIRM_NEW_EMAIL)).isZero();
    assertThat(ada.me().get("email").asText()).isEqualTo(ada.email());
  }

  @Test
  void anEmailChangeLinkWorksOnce() {
    Customer ada = newCustomer();
    String newAddress = freshAddress("ada.new");
    requestEmailChange(ada, newAddress, Customer.PASSWORD);
    confirmEmailChange(ada, newAddress);

    ApiResponse again = confirmEmailChange(ada, newAddress);

    assertProblem(again, 400, "TOKEN_INVALID");
  }

  @Test
  void confirmingAnAddressTakenInTheMeantimeIsAConflict() {
    Customer ada = newCustomer();
    String newAddress = freshAddress("contested");
    requestEmailChange(ada, newAddress, Customer.PASSWORD);
    api.fromAnotherAddress()
        .post(
            "/v1/accounts",
            Map.of("email", newAddress, "password", Customer.PASSWORD, "name", "Grace"));

    ApiResponse confirmed = confirmEmailChange(ada, newAddress);

    assertProblem(confirmed, 409, "CONFLICT");
    assertThat(ada.me().get("email").asText()).isEqualTo(ada.email());
  }

  // Profile and preferences

  private static final String FULL_PROFILE =
      "{\"name\": \"Ada Lovelace\", \"companyName\": \"Analytical Engines Ltd\","
          + " \"vatId\": \"DE123456789\", \"country\": \"DE\", \"phone\": \"+4930123456\","
          + " \"address\": {\"line1\": \"Unter den Linden 1\", \"postalCode\": \"10117\","
          + " \"city\": \"Berlin\"},"
          + " \"locale\": \"de-DE\", \"timeZone\": \"Europe/Berlin\", \"marketingEmails\": true}";

  @Test
  void aProfilePatchSetsTheFieldsItNames() {
    Customer ada = newCustomer();

    ApiResponse patched = patchProfile(ada, FULL_PROFILE);

    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    JsonNode me = ada.me();
    assertThat(me.get("name").asText()).isEqualTo("Ada Lovelace");
    JsonNode profile = me.get("profile");
    assertThat(profile.get("companyName").asText()).isEqualTo("Analytical Engines Ltd");
    assertThat(profile.get("vatId").asText()).isEqualTo("DE123456789");
    assertThat(profile.get("country").asText()).isEqualTo("DE");
    assertThat(profile.get("phone").asText()).isEqualTo("+4930123456");
    assertThat(profile.get("address").get("line1").asText()).isEqualTo("Unter den Linden 1");
    assertThat(profile.get("address").get("city").asText()).isEqualTo("Berlin");
    JsonNode preferences = me.get("preferences");
    assertThat(preferences.get("locale").asText()).isEqualTo("de-DE");
    assertThat(preferences.get("timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(preferences.get("marketingEmails").asBoolean()).isTrue();
  }

  @Test
  void anAbsentFieldIsKeptAndANullOneIsCleared() {
    Customer ada = newCustomer();
    patchProfile(ada, FULL_PROFILE);

    ApiResponse patched =
        patchProfile(ada, "{\"phone\": null, \"companyName\": \"Difference Engines Ltd\"}");

    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    JsonNode profile = ada.me().get("profile");
    assertThat(profile.get("phone").isNull()).isTrue();
    assertThat(profile.get("companyName").asText()).isEqualTo("Difference Engines Ltd");
    assertThat(profile.get("vatId").asText()).isEqualTo("DE123456789");
    assertThat(profile.get("country").asText()).isEqualTo("DE");
    assertThat(profile.get("address").get("city").asText()).isEqualTo("Berlin");
    assertThat(ada.me().get("preferences").get("timeZone").asText()).isEqualTo("Europe/Berlin");
  }

  @Test
  void aNullAddressClearsTheWholeAddress() {
    Customer ada = newCustomer();
    patchProfile(ada, FULL_PROFILE);

    patchProfile(ada, "{\"address\": null}");

    assertThat(ada.me().get("profile").get("address").isNull()).isTrue();
    assertThat(ada.me().get("profile").get("companyName").asText())
        .isEqualTo("Analytical Engines Ltd");
  }

  static Stream<Arguments> badProfiles() {
    return Stream.of(
        Arguments.of("{\"country\": \"DE\", \"vatId\": \"DE12345\"}", "vatId"),
        Arguments.of("{\"country\": \"DE\", \"vatId\": \"FR12345678901\"}", "vatId"),
        Arguments.of("{\"vatId\": \"DE12\"}", "vatId"),
        Arguments.of("{\"phone\": \"030 1234567\"}", "phone"),
        Arguments.of("{\"phone\": \"+49 30 CALL-ME\"}", "phone"),
        Arguments.of("{\"country\": \"XX\"}", "country"),
        Arguments.of("{\"country\": \"Germany\"}", "country"),
        Arguments.of("{\"locale\": \"not a locale\"}", "locale"),
        Arguments.of("{\"locale\": null}", "locale"),
        Arguments.of("{\"timeZone\": \"Mars/Olympus_Mons\"}", "timeZone"),
        Arguments.of("{\"timeZone\": \"+25:00\"}", "timeZone"),
        Arguments.of(
            "{\"address\": {\"postalCode\": \"10117\", \"city\": \"Berlin\"}}", "address.line1"),
        Arguments.of(
            "{\"address\": {\"line1\": \" \", \"postalCode\": \"10117\", \"city\": \"Berlin\"}}",
            "address.line1"),
        Arguments.of(
            "{\"address\": {\"line1\": 7, \"postalCode\": \"10117\", \"city\": \"Berlin\"}}",
            "address.line1"),
        Arguments.of("{\"marketingEmails\": \"yes\"}", "marketingEmails"),
        Arguments.of("{\"name\": null}", "name"),
        Arguments.of("{\"email\": \"other@example.test\"}", "email"));
  }

  @ParameterizedTest
  @MethodSource("badProfiles")
  void aBadProfileFieldIsRefusedByName(String patch, String field) {
    Customer ada = newCustomer();

    assertProblem(patchProfile(ada, patch), 400, "VALIDATION_FAILED", field);
  }

  @Test
  void aRefusedPatchChangesNothing() {
    Customer ada = newCustomer();
    patchProfile(ada, FULL_PROFILE);

    ApiResponse refused =
        patchProfile(ada, "{\"companyName\": \"Changed Ltd\", \"phone\": \"not a phone\"}");

    assertProblem(refused, 400, "VALIDATION_FAILED", "phone");
    assertThat(ada.me().get("profile").get("companyName").asText())
        .isEqualTo("Analytical Engines Ltd");
  }

  @Test
  void aProfilePatchAlsoTakesPlainJson() {
    Customer ada = newCustomer();

    ApiResponse patched =
        ada.api()
            .send(
                "PATCH",
                "/v1/me/profile",
                "{\"companyName\": \"Plain Ltd\"}".getBytes(StandardCharsets.UTF_8),
                Map.of(
                    "Content-Type",
                    "application/json",
                    "Authorization",
                    "Bearer " + ada.accessToken()));

    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    assertThat(patched.json().get("profile").get("companyName").asText()).isEqualTo("Plain Ltd");
  }

  // Sessions and logout

  @Test
  void mySessionsAreListedWithTheCurrentOneMarked() {
    Customer ada = newCustomer();
    ada.signInAgain();

    List<JsonNode> sessions = sessions(ada.accessToken());

    assertThat(sessions).hasSize(2);
    assertThat(sessions).filteredOn(s -> s.get("current").asBoolean()).hasSize(1);
    assertThat(sessions)
        .allSatisfy(
            s -> assertThat(s.get("ipAddress").asText()).isEqualTo(ada.api().clientAddress()));
  }

  @Test
  void endingOneOfMySessionsEndsItsTokensOnly() {
    Customer ada = newCustomer();
    SignIn other = ada.signInAgain();
    String otherId =
        sessions(other.accessToken()).stream()
            .filter(s -> s.get("current").asBoolean())
            .findFirst()
            .orElseThrow()
            .get("id")
            .asText();

    ApiResponse ended = api.delete("/v1/me/sessions/" + otherId, ada.accessToken());

    assertThat(ended.status()).as("%s", ended).isEqualTo(204);
    assertProblem(me(other.accessToken()), 401, "UNAUTHENTICATED");
    assertProblem(SignIn.refresh(ada.api(), other.refreshToken()), 401, "UNAUTHENTICATED");
    assertThat(me(ada.accessToken()).status()).isEqualTo(200);
    assertThat(sessions(ada.accessToken())).hasSize(1);
  }

  @Test
  void anotherAccountsSessionIsNotFound() {
    Customer ada = newCustomer();
    Customer mallory = newCustomer();
    String adasSession = sessions(ada.accessToken()).get(0).get("id").asText();

    ApiResponse answer = api.delete("/v1/me/sessions/" + adasSession, mallory.accessToken());
    ApiResponse unknown = api.delete("/v1/me/sessions/" + UUID.randomUUID(), mallory.accessToken());

    assertProblem(answer, 404, "NOT_FOUND");
    assertThat(answer.field("detail")).isEqualTo(unknown.field("detail"));
    assertThat(me(ada.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void logoutEndsTheSessionItsRefreshTokenIncluded() {
    Customer ada = newCustomer();
    SignIn other = ada.signInAgain();

    ApiResponse logout = ada.api().post("/v1/auth/logout", null, ada.accessToken());

    assertThat(logout.status()).as("%s", logout).isEqualTo(204);
    assertProblem(me(ada.accessToken()), 401, "UNAUTHENTICATED");
    assertProblem(SignIn.refresh(ada.api(), ada.refreshToken()), 401, "UNAUTHENTICATED");
    assertThat(me(other.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void logoutWithoutATokenIsUnauthenticated() {
    assertProblem(api.post("/v1/auth/logout", null, null), 401, "UNAUTHENTICATED");
  }

  // Resending the verification link

  @Test
  void aResentVerificationLinkWorksAndRetiresTheFirst() {
    ApiClient client = api.fromAnotherAddress();
    String email = freshAddress("pending");
    client.post(
        "/v1/accounts", Map.of("email", email, "password", Customer.PASSWORD, "name", "Pending"));
    String first = Mailbox.tokenOf(mailbox.awaitSubject(email, MailSubjects.VERIFY, MAIL));

    ApiResponse resent = client.post("/v1/accounts/verify/resend", Map.of("email", email));

    assertThat(resent.status()).as("%s", resent).isEqualTo(202);
    String second =
        Mailbox.tokenOf(mailbox.awaitNthWithSubject(email, MailSubjects.VERIFY, 2, MAIL));
    assertProblem(client.post("/v1/accounts/verify", Map.of("token", first)), 400, "TOKEN_INVALID");
    ApiResponse verified = client.post("/v1/accounts/verify", Map.of("token", second));
    assertThat(verified.status()).as("%s", verified).isEqualTo(200);
    assertThat(verified.field("status")).isEqualTo("ACTIVE");
  }

  @Test
  void resendingForAnUnknownAddressAnswersLikeForAPendingOne() {
    ApiClient client = api.fromAnotherAddress();
    String pending = freshAddress("pending");
    client.post(
        "/v1/accounts", Map.of("email", pending, "password", Customer.PASSWORD, "name", "Pending"));

    ApiResponse known = client.post("/v1/accounts/verify/resend", Map.of("email", pending));
    ApiResponse unknown =
        client.post("/v1/accounts/verify/resend", Map.of("email", freshAddress("nobody")));

    assertThat(known.status()).isEqualTo(202);
    assertThat(unknown.status()).isEqualTo(202);
    assertThat(unknown.text()).isEqualTo(known.text()).isEmpty();
  }
}
