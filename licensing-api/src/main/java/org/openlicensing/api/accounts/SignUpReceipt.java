package org.openlicensing.api.accounts;

import java.util.Objects;
import java.util.UUID;

/**
 * The answer to a sign-up. It has the same shape whether the address was free or taken, so that
 * sign-up does not reveal which addresses have accounts: for a taken address the id is made up and
 * the address's owner gets a notice by e-mail instead.
 */
public record SignUpReceipt(UUID id, String email, AccountStatus status) {
  public SignUpReceipt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(status, "status");
  }
}
