package org.openlicensing.rest.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.openlicensing.api.auth.TokenPair;

/** A token response as OAuth 2.0 (RFC 6749, section 5.1) shapes it. */
public record TokenJson(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("refresh_token") String refreshToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {

  static TokenJson of(TokenPair pair) {
    return new TokenJson(
        pair.accessToken(), pair.refreshToken(), "Bearer", pair.accessTokenLifetime().toSeconds());
  }
}
