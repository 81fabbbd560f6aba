package org.openlicensing.core.testing;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.accounts.AccountCredentials;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;

final class InMemoryAccountRepository implements AccountRepository {
  private final InMemoryTable<UUID, AccountCredentials> accounts;

  InMemoryAccountRepository(InMemoryTransactions transactions) {
    this.accounts = transactions.table("accounts");
  }

  @Override
  public void insert(Account account, String passwordHash) {
    accounts.requireUnique(!accounts.containsKey(account.id()), "id");
    accounts.requireUnique(
        accounts.all().stream().noneMatch(c -> c.account().email().equals(account.email())),
        "email");
    accounts.put(account.id(), new AccountCredentials(account, passwordHash));
  }

  @Override
  public Optional<Account> findById(UUID id) {
    return accounts.get(id).map(AccountCredentials::account);
  }

  @Override
  public Optional<Account> findByEmail(EmailAddress email) {
    return findCredentials(email).map(AccountCredentials::account);
  }

  @Override
  public Optional<AccountCredentials> findCredentials(EmailAddress email) {
    return accounts.all().stream()
        .filter(c -> c.account().email().equals(email.value()))
        .findFirst();
  }

  @Override
  public void updateStatus(UUID id, AccountStatus status) {
    accounts
        .get(id)
        .ifPresent(
            c ->
                accounts.put(
                    id, new AccountCredentials(c.account().withStatus(status), c.passwordHash())));
  }

  @Override
  public void updatePasswordHash(UUID id, String passwordHash) {
    accounts
        .get(id)
        .ifPresent(c -> accounts.put(id, new AccountCredentials(c.account(), passwordHash)));
  }

  @Override
  public boolean existsWithRole(PlatformRole role) {
    return accounts.all().stream().anyMatch(c -> c.account().hasRole(role));
  }
}
