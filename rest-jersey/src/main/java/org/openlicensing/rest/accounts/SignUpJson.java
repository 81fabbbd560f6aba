package org.openlicensing.rest.accounts;

import java.util.UUID;
import org.openlicensing.api.accounts.Account;

/** The answer to a sign-up: just enough to know what happened. */
public record SignUpJson(UUID id, String email, String status) {
  static SignUpJson of(Account account) {
    return new SignUpJson(account.id(), account.email(), account.status().name());
  }
}
