package org.openlicensing.rest.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;

/** An account as its owner sees it. */
public record AccountJson(
    UUID id,
    String email,
    String name,
    String status,
    List<String> roles,
    UUID personalOrganizationId,
    Instant createdAt) {

  public static AccountJson of(Account account) {
    return new AccountJson(
        account.id(),
        account.email(),
        account.name(),
        account.status().name(),
        account.roles().stream().map(Enum::name).sorted().toList(),
        account.personalOrganizationId(),
        account.createdAt());
  }
}
