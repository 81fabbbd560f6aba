package org.openlicensing.api.auth;

import java.time.Duration;
import java.util.Objects;

/** What a successful sign-in returns: a short-lived access token and a rotating refresh token. */
public record TokenPair(String accessToken, String refreshToken, Duration accessTokenLifetime) {
  public TokenPair {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
  }

  @Override
  public String toString() {
    return "TokenPair[expiresIn=" + accessTokenLifetime + "]";
  }
}
