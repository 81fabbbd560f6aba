package org.openlicensing.api.accounts;

/**
 * What a stranger sends to open an account. Fields may be null or wrong here: the service checks
 * them and names every field at fault.
 *
 * @param invitationToken the token of an invitation to this address, or null: the new account joins
 *     the organization when it verifies its address
 */
public record SignUp(String email, String password, String name, String invitationToken) {

  public SignUp(String email, String password, String name) {
    this(email, password, name, null);
  }

  @Override
  public String toString() {
    return "SignUp[email=" + email + ", name=" + name + "]";
  }
}
