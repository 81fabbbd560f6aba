package org.openlicensing.rest.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;

/** A row of the user overview. */
public record UserSummaryJson(
    UUID id, String email, String name, String status, List<String> roles, Instant createdAt) {
  static UserSummaryJson of(Account a) {
    return new UserSummaryJson(
        a.id(),
        a.email(),
        a.name(),
        a.status().name(),
        a.roles().stream().map(Enum::name).sorted().toList(),
        a.createdAt());
  }
}
