package org.openlicensing.rest.me;

/** {@code POST /v1/me/password} */
public record ChangePasswordRequest(String currentPassword, String newPassword) {
  @Override
  public String toString() {
    return "ChangePasswordRequest[]";
  }
}
