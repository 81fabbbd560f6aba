package org.openlicensing.rest.me;

/** {@code POST /v1/me/email}: the new address, and the password to prove the owner. */
public record ChangeEmailRequest(String email, String password) {
  @Override
  public String toString() {
    return "ChangeEmailRequest[email=" + email + "]";
  }
}
