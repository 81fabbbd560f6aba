package org.openlicensing.rest.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /v1/auth/token}, in OAuth 2.0's field names: {@code grant_type} is {@code password}
 * (with email and password) or {@code refresh_token} (with refresh_token).
 */
public record TokenRequest(
    @JsonProperty("grant_type") String grantType,
    String email,
    String password,
    @JsonProperty("refresh_token") String refreshToken) {
  @Override
  public String toString() {
    return "TokenRequest[grant_type=" + grantType + "]";
  }
}
