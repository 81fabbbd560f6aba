package org.openlicensing.rest.accounts;

import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.SignUpReceipt;

/** The answer to a sign-up or a verification: just enough to know what happened. */
public record SignUpJson(UUID id, String email, String status) {
  static SignUpJson of(SignUpReceipt receipt) {
    return new SignUpJson(receipt.id(), receipt.email(), receipt.status().name());
  }

  static SignUpJson of(Account account) {
    return new SignUpJson(account.id(), account.email(), account.status().name());
  }
}
