package org.openlicensing.core.accounts;

import java.util.Objects;
import org.openlicensing.api.accounts.Account;

/** An account with its password hash, which never leaves the core. */
public record AccountCredentials(Account account, String passwordHash) {
  public AccountCredentials {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(passwordHash, "passwordHash");
  }

  @Override
  public String toString() {
    return "AccountCredentials[account=" + account.id() + "]";
  }
}
