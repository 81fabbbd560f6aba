package org.openlicensing.server.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.tokens.LicenseTokenClaims;
import org.openlicensing.api.tokens.LicenseTokenException;
import org.openlicensing.api.tokens.LicenseTokenVerifier;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * The newcomer's whole path over real HTTP and SMTP: sign-up, e-mail, verification, sign-in, plans,
 * a declined and a paid subscription, licenses, activations up to the limit, validation,
 * deactivation, and the activation token verified offline against the published key set.
 */
public abstract class JourneyContract extends ServerTestBase {
  private static final String KEY_FORMAT =
      "[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}(-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}){5}";

  private ApiResponse activate(String key, String fingerprint) {
    return api.post(
        "/v1/activations", Map.of("licenseKey", key, "fingerprint", fingerprint, "name", "laptop"));
  }

  private ApiResponse validate(String key, String fingerprint) {
    return api.post(
        "/v1/validations",
        fingerprint == null
            ? Map.of("licenseKey", key)
            : Map.of("licenseKey", key, "fingerprint", fingerprint));
  }

  private ApiResponse deactivate(String activationId, String licenseKey) {
    return api.delete(
        "/v1/activations/" + activationId, Map.of("Authorization", "License " + licenseKey));
  }

  private LicenseTokenVerifier offlineVerifier() throws Exception {
    ApiResponse jwks = api.get("/.well-known/jwks.json", null);
    assertThat(jwks.status()).isEqualTo(200);
    return LicenseTokenVerifier.builder(
            JWKSet.parse(jwks.text()), server.server().publicUrl().toString())
        .build();
  }

  @Test
  void theCatalogOffersBasicProAndEnterpriseWithEuroPrices() {
    ApiResponse plans = api.get("/v1/plans", null);

    assertThat(plans.status()).isEqualTo(200);
    Set<String> codes = new HashSet<>();
    plans
        .json()
        .get("items")
        .forEach(
            plan -> {
              codes.add(plan.get("code").asText());
              assertThat(plan.get("prices")).hasSize(2);
              plan.get("prices")
                  .forEach(
                      price ->
                          assertThat(price.get("perSeat").get("currency").asText())
                              .isEqualTo("EUR"));
              assertThat(plan.get("policy").get("deviceLimit").asInt()).isPositive();
            });
    assertThat(codes).containsExactlyInAnyOrder("basic", "pro", "enterprise");
  }

  @Test
  void signUpSendsAVerificationLinkThatActivatesTheAccountOnce() {
    String email = "grace+" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    ApiResponse signUp =
        api.post(
            "/v1/accounts", Map.of("email", email, "password", Customer.PASSWORD, "name", "Grace"));
    assertThat(signUp.status()).isEqualTo(201);
    assertThat(signUp.field("status")).isEqualTo("PENDING_VERIFICATION");

    ApiResponse early =
        api.post(
            "/v1/auth/token",
            Map.of("grant_type", "password", "email", email, "password", Customer.PASSWORD));
    assertThat(early.status()).isEqualTo(403);
    assertThat(early.field("code")).isEqualTo("EMAIL_NOT_VERIFIED");

    String token = Mailbox.tokenOf(mailbox.await(email, Duration.ofSeconds(20)));
    ApiResponse verified = api.post("/v1/accounts/verify", Map.of("token", token));
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.field("status")).isEqualTo("ACTIVE");

    ApiResponse again = api.post("/v1/accounts/verify", Map.of("token", token));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.field("code")).isEqualTo("TOKEN_INVALID");
  }

  @Test
  void signInReturnsABearerAccessTokenThatOpensMe() {
    Customer ada = newCustomer();

    ApiResponse me = api.get("/v1/me", ada.accessToken());

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.field("email")).isEqualTo(ada.email());
    assertThat(api.get("/v1/me", null).status()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordIsRefusedLikeAnUnknownAccount() {
    Customer ada = newCustomer();

    ApiResponse wrong =
        api.post(
            "/v1/auth/token",
            Map.of("grant_type", "password", "email", ada.email(), "password", "not-the-password"));
    ApiResponse unknown =
        api.post(
            "/v1/auth/token",
            Map.of(
                "grant_type",
                "password",
                "email",
                "nobody@example.test",
                "password",
                "not-the-password"));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.field("detail")).isEqualTo(unknown.field("detail"));
  }

  @Test
  void aDeclinedCardAnswers402AndCreatesNothing() {
    Customer ada = newCustomer();

    ApiResponse declined = ada.subscribe("pro", 3, "pm_card_chargeDeclined");

    assertThat(declined.status()).isEqualTo(402);
    assertThat(declined.field("code")).isEqualTo("PAYMENT_FAILED");
    assertThat(ada.licenses()).isEmpty();
    assertThat(api.get("/v1/subscriptions", ada.accessToken()).json().get("items")).isEmpty();
  }

  @Test
  void aPaidSubscriptionMakesOneLicensePerSeatWithDistinctReadableKeys() {
    Customer ada = newCustomer();

    ApiResponse subscription = ada.subscribe("pro", 3, "pm_card_visa");

    assertThat(subscription.status()).isEqualTo(201);
    assertThat(subscription.field("status")).isEqualTo("ACTIVE");
    assertThat(subscription.field("plan")).isEqualTo("pro");
    assertThat(subscription.json().get("seats").asInt()).isEqualTo(3);
    assertThat(Instant.parse(subscription.field("currentPeriodEnd")))
        .isAfter(Instant.now().plus(Duration.ofDays(27)));
    List<JsonNode> licenses = ada.licenses();
    assertThat(licenses).hasSize(3);
    Set<String> keys = new HashSet<>();
    for (JsonNode license : licenses) {
      assertThat(license.get("key").asText()).matches(KEY_FORMAT);
      assertThat(license.get("status").asText()).isEqualTo("ACTIVE");
      assertThat(license.get("maxActivations").asInt()).isEqualTo(3);
      assertThat(license.get("activations").asInt()).isZero();
      assertThat(license.get("expiresAt").asText())
          .isEqualTo(subscription.field("currentPeriodEnd"));
      keys.add(license.get("key").asText());
    }
    assertThat(keys).hasSize(3);
  }

  @Test
  void devicesActivateUpToTheLimitAndTheNextOneIsRefused() {
    String key = newCustomer().subscribeAndListLicenses("pro", 1).get(0).get("key").asText();

    for (int i = 0; i < 3; i++) {
      assertThat(activate(key, "device-" + i).status()).isEqualTo(201);
    }
    ApiResponse fourth = activate(key, "device-3");

    assertThat(fourth.status()).isEqualTo(409);
    assertThat(fourth.field("code")).isEqualTo("DEVICE_LIMIT_REACHED");
    assertThat(fourth.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theSameFingerprintAgainReturnsItsActivationAndUsesNoSlot() {
    Customer ada = newCustomer();
    String key = ada.subscribeAndListLicenses("pro", 1).get(0).get("key").asText();

    ApiResponse first = activate(key, "device-a");
    ApiResponse again = activate(key, "device-a");

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.field("id")).isEqualTo(first.field("id"));
    assertThat(ada.licenses().get(0).get("activations").asInt()).isEqualTo(1);
  }

  @Test
  void validationAnswersWithTheCodeOfTheLicenseAndDevice() {
    String key = newCustomer().subscribeAndListLicenses("pro", 1).get(0).get("key").asText();

    assertThat(validate(key, "device-a").field("code")).isEqualTo("NOT_ACTIVATED");
    assertThat(validate(key, null).field("code")).isEqualTo("VALID");
    activate(key, "device-a");
    ApiResponse valid = validate(key, "device-a");
    ApiResponse other = validate(key, "device-b");
    ApiResponse unknown = validate("NOPE-NOPE-NOPE-NOPE", null);

    assertThat(valid.status()).isEqualTo(200);
    assertThat(valid.json().get("valid").asBoolean()).isTrue();
    assertThat(valid.field("code")).isEqualTo("VALID");
    assertThat(valid.json().get("license").get("activations").asInt()).isEqualTo(1);
    assertThat(other.json().get("valid").asBoolean()).isFalse();
    assertThat(other.field("code")).isEqualTo("FINGERPRINT_MISMATCH");
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.field("code")).isEqualTo("NOT_FOUND");
    assertThat(unknown.json().get("license").isNull()).isTrue();
  }

  @Test
  void theDeviceFreesItsSlotWithTheLicenseKeyAndANewDeviceTakesIt() {
    String key = newCustomer().subscribeAndListLicenses("pro", 1).get(0).get("key").asText();
    List<String> ids =
        List.of(
            activate(key, "d1").field("id"),
            activate(key, "d2").field("id"),
            activate(key, "d3").field("id"));

    ApiResponse freed = deactivate(ids.get(1), key);

    assertThat(freed.status()).isEqualTo(204);
    assertThat(validate(key, "d2").field("code")).isEqualTo("FINGERPRINT_MISMATCH");
    assertThat(activate(key, "d4").status()).isEqualTo(201);
    assertThat(activate(key, "d5").status()).isEqualTo(409);
  }

  @Test
  void anotherKeyOrAnotherCustomerCannotDeactivateADevice() {
    Customer ada = newCustomer();
    List<JsonNode> licenses = ada.subscribeAndListLicenses("pro", 2);
    String key = licenses.get(0).get("key").asText();
    String otherKey = licenses.get(1).get("key").asText();
    String activation = activate(key, "d1").field("id");
    Customer mallory = newCustomer();

    ApiResponse withOtherKey = deactivate(activation, otherKey);
    ApiResponse byStranger =
        api.delete(
            "/v1/activations/" + activation,
            Map.of("Authorization", "Bearer " + mallory.accessToken()));
    ApiResponse anonymous = api.delete("/v1/activations/" + activation, Map.of());
    ApiResponse byOwner =
        api.delete(
            "/v1/activations/" + activation,
            Map.of("Authorization", "Bearer " + ada.accessToken()));

    assertThat(withOtherKey.status()).isEqualTo(404);
    assertThat(byStranger.status()).isEqualTo(404);
    assertThat(byStranger.field("code")).isEqualTo(withOtherKey.field("code"));
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(byOwner.status()).isEqualTo(204);
  }

  @Test
  void theActivationTokenVerifiesOfflineAgainstThePublishedKeys() throws Exception {
    JsonNode license = newCustomer().subscribeAndListLicenses("pro", 1).get(0);
    ApiResponse activation = activate(license.get("key").asText(), "device-offline");
    LicenseTokenVerifier verifier = offlineVerifier();

    LicenseTokenClaims claims = verifier.verify(activation.field("token"), "device-offline");

    assertThat(claims.licenseId().toString()).isEqualTo(license.get("id").asText());
    assertThat(claims.activationId().toString()).isEqualTo(activation.field("id"));
    assertThat(claims.plan()).isEqualTo("pro");
    assertThat(claims.entitlements()).contains("core");
    assertThat(claims.expiresAt()).isEqualTo(Instant.parse(activation.field("expiresAt")));
    assertThat(claims.expiresAt()).isAfter(Instant.now());
    LicenseTokenException elsewhere =
        catchThrowableOfType(
            LicenseTokenException.class,
            () -> verifier.verify(activation.field("token"), "another-device"));
    assertThat(elsewhere.reason()).isEqualTo(LicenseTokenException.Reason.FINGERPRINT_MISMATCH);
  }

  @Test
  void anotherCustomersLicensesAndSubscriptionsAreNotFound() {
    Customer ada = newCustomer();
    ApiResponse subscription = ada.subscribe("basic", 1, "pm_card_visa");
    String licenseId = ada.licenses().get(0).get("id").asText();
    Customer mallory = newCustomer();

    ApiResponse license = api.get("/v1/licenses/" + licenseId, mallory.accessToken());
    ApiResponse missing = api.get("/v1/licenses/" + UUID.randomUUID(), mallory.accessToken());
    ApiResponse theirSubscription =
        api.get("/v1/subscriptions/" + subscription.field("id"), mallory.accessToken());

    assertThat(license.status()).isEqualTo(404);
    assertThat(license.field("detail")).isEqualTo(missing.field("detail"));
    assertThat(theirSubscription.status()).isEqualTo(404);
    assertThat(mallory.licenses()).isEmpty();
    assertThat(api.get("/v1/licenses/" + licenseId, ada.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void aRefreshTokenWorksOnceAndItsReuseEndsTheSession() {
    Customer ada = newCustomer();
    ApiResponse login =
        api.post(
            "/v1/auth/token",
            Map.of("grant_type", "password", "email", ada.email(), "password", Customer.PASSWORD));
    String first = login.field("refresh_token");

    ApiResponse rotated =
        api.post("/v1/auth/token", Map.of("grant_type", "refresh_token", "refresh_token", first));
    ApiResponse reused =
        api.post("/v1/auth/token", Map.of("grant_type", "refresh_token", "refresh_token", first));
    ApiResponse successorAfterReuse =
        api.post(
            "/v1/auth/token",
            Map.of("grant_type", "refresh_token", "refresh_token", rotated.field("refresh_token")));

    assertThat(rotated.status()).isEqualTo(200);
    assertThat(rotated.field("refresh_token")).isNotEqualTo(first);
    assertThat(rotated.header("Cache-Control")).isEqualTo("no-store");
    assertThat(reused.status()).isEqualTo(401);
    assertThat(successorAfterReuse.status()).isEqualTo(401);
  }

  @Test
  void theFirstStartCreatedTheSuperAdminFromTheEnvironment() {
    ApiResponse login =
        api.post(
            "/v1/auth/token",
            Map.of(
                "grant_type",
                "password",
                "email",
                "root-admin@example.test",
                "password",
                "Correct-Horse-Battery-9"));

    assertThat(login.status()).isEqualTo(200);
    ApiResponse me = api.get("/v1/me", login.field("access_token"));
    assertThat(me.json().get("roles").toString()).contains("SUPER_ADMIN");
  }

  @Test
  void theKeySetPublishesPublicKeysWithKeyIds() {
    ApiResponse jwks = api.get("/.well-known/jwks.json", null);

    assertThat(jwks.status()).isEqualTo(200);
    jwks.json()
        .get("keys")
        .forEach(
            key -> {
              assertThat(key.get("kid").asText()).isNotBlank();
              assertThat(key.has("d")).isFalse();
              assertThat(key.has("p")).isFalse();
            });
    assertThat(jwks.json().get("keys").findValuesAsText("alg"))
        .containsExactlyInAnyOrder("EdDSA", "RS256");
  }

  @Test
  void healthAnswersLiveAndReady() {
    assertThat(api.get("/health/live", null).status()).isEqualTo(200);
    ApiResponse ready = api.get("/health/ready", null);
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().get("checks").get("database").asText()).isEqualTo("UP");
  }
}
