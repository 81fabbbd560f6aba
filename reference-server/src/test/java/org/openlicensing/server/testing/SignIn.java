package org.openlicensing.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** The tokens of one session, as {@code POST /v1/auth/token} hands them out. */
public record SignIn(String accessToken, String refreshToken) {

  /** The answer of a password sign-in, whatever it is. */
  public static ApiResponse attempt(ApiClient api, String email, String password) {
    return api.post(
        "/v1/auth/token", Map.of("grant_type", "password", "email", email, "password", password));
  }

  /** Signs in with a password, opening a new session; fails the test if it is refused. */
  public static SignIn withPassword(ApiClient api, String email, String password) {
    ApiResponse answer = attempt(api, email, password);
    assertThat(answer.status()).as("sign-in of %s: %s", email, answer).isEqualTo(200);
    return new SignIn(answer.field("access_token"), answer.field("refresh_token"));
  }

  /** The server's first super admin, signed in from an address of its own. */
  public static SignIn superAdmin(ApiClient api) {
    return withPassword(
        api.fromAnotherAddress(), TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
  }

  /** The answer of spending a refresh token. */
  public static ApiResponse refresh(ApiClient api, String refreshToken) {
    return api.post(
        "/v1/auth/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
  }
}
