package org.openlicensing.api.accounts;

import java.util.Objects;

/** An account with its profile: what {@code GET /v1/me} shows. */
public record AccountProfile(Account account, Profile profile) {
  public AccountProfile {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(profile, "profile");
  }
}
