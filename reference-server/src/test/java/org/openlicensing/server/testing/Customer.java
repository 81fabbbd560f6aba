package org.openlicensing.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A customer as the journey makes one: signed up, verified, signed in, perhaps subscribed. */
public final class Customer {
  public static final String PASSWORD = "A-long-enough-passphrase-42";

  private final ApiClient api;
  private final String email;
  private final String accessToken;
  private final String refreshToken;
  private final String id;
  private final String organizationId;

  private Customer(ApiClient api, String email, String accessToken, String refreshToken) {
    this.api = api;
    this.email = email;
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
    JsonNode me = me();
    this.id = me.get("id").asText();
    this.organizationId = me.get("personalOrganizationId").asText();
  }

  /** Signs up, follows the e-mailed link and signs in; fails the test if any step fails. */
  public static Customer signUp(ApiClient shared, Mailbox mailbox) {
    String email = "ada+" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    return signUpAs(shared, mailbox, email, "Ada Tester");
  }

  /** {@link #signUp}, with the address and name of the caller's choosing. */
  public static Customer signUpAs(ApiClient shared, Mailbox mailbox, String email, String name) {
    ApiClient api = shared.fromAnotherAddress();
    ApiResponse signUp =
        api.post("/v1/accounts", Map.of("email", email, "password", PASSWORD, "name", name));
    assertThat(signUp.status()).as("sign-up: %s", signUp).isEqualTo(201);
    String token = Mailbox.tokenOf(mailbox.await(email, Duration.ofSeconds(20)));
    ApiResponse verify = api.post("/v1/accounts/verify", Map.of("token", token));
    assertThat(verify.status()).as("verify: %s", verify).isEqualTo(200);
    ApiResponse login =
        api.post(
            "/v1/auth/token",
            Map.of("grant_type", "password", "email", email, "password", PASSWORD));
    assertThat(login.status()).as("login: %s", login).isEqualTo(200);
    return new Customer(api, email, login.field("access_token"), login.field("refresh_token"));
  }

  public String email() {
    return email;
  }

  public String accessToken() {
    return accessToken;
  }

  /** The refresh token of the session {@link #signUp} opened. */
  public String refreshToken() {
    return refreshToken;
  }

  /** The account as {@code GET /v1/me} shows it. */
  public JsonNode me() {
    ApiResponse me = api.get("/v1/me", accessToken);
    assertThat(me.status()).as("me: %s", me).isEqualTo(200);
    return me.json();
  }

  public String id() {
    return id;
  }

  /** The personal organization every account gets at sign-up. */
  public String organizationId() {
    return organizationId;
  }

  /** Another session of the same account, opened from the customer's address. */
  public SignIn signInAgain() {
    return SignIn.withPassword(api, email, PASSWORD);
  }

  /** The customer's own client, with its own address. */
  public ApiClient api() {
    return api;
  }

  public ApiResponse subscribe(String plan, int seats, String paymentMethod) {
    return api.post(
        "/v1/subscriptions",
        Map.of(
            "plan",
            plan,
            "seats",
            seats,
            "billingPeriod",
            "MONTHLY",
            "paymentMethod",
            paymentMethod),
        accessToken);
  }

  /** Subscribes with the sandbox's paying card and returns the licenses it made. */
  public List<JsonNode> subscribeAndListLicenses(String plan, int seats) {
    ApiResponse subscription = subscribe(plan, seats, "pm_card_visa");
    assertThat(subscription.status()).as("subscribe: %s", subscription).isEqualTo(201);
    return licenses();
  }

  public List<JsonNode> licenses() {
    ApiResponse list = api.get("/v1/licenses", accessToken);
    assertThat(list.status()).as("licenses: %s", list).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    list.json().get("items").forEach(items::add);
    return items;
  }
}
