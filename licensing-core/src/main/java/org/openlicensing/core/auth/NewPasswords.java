package org.openlicensing.core.auth;

import org.openlicensing.api.LicensingException;
import org.openlicensing.core.accounts.PasswordContext;
import org.openlicensing.core.accounts.PasswordHasher;
import org.openlicensing.core.accounts.PasswordPolicy;

/** Checks a chosen password against the policy, naming the field, and hashes it. */
public final class NewPasswords {
  private final PasswordHasher hasher;

  public NewPasswords(PasswordHasher hasher) {
    this.hasher = hasher;
  }

  /** The hash of the password, or VALIDATION_FAILED on {@code field}. */
  public String hash(String field, String password, PasswordContext context) {
    String problem = PasswordPolicy.problemWith(password, context);
    if (problem != null) {
      throw LicensingException.invalid(field, problem);
    }
    return hasher.hash(password);
  }
}
