package org.openlicensing.rest.accounts;

/** {@code POST /v1/accounts} */
public record SignUpRequest(String email, String password, String name, String invitationToken) {
  @Override
  public String toString() {
    return "SignUpRequest[email=" + email + "]";
  }
}
