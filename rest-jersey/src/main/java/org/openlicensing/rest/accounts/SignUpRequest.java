package org.openlicensing.rest.accounts;

/** {@code POST /v1/accounts} */
public record SignUpRequest(String email, String password, String name) {
  @Override
  public String toString() {
    return "SignUpRequest[email=" + email + "]";
  }
}
