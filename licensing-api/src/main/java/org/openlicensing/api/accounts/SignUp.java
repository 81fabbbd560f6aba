package org.openlicensing.api.accounts;

/**
 * What a stranger sends to open an account. Fields may be null or wrong here: the service checks
 * them and names every field at fault.
 */
public record SignUp(String email, String password, String name) {
  @Override
  public String toString() {
    return "SignUp[email=" + email + ", name=" + name + "]";
  }
}
