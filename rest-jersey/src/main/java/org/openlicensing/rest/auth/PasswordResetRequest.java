package org.openlicensing.rest.auth;

/** {@code POST /v1/auth/password-reset/confirm}: the link's token and the new password. */
public record PasswordResetRequest(String token, String password) {
  @Override
  public String toString() {
    return "PasswordResetRequest[]";
  }
}
