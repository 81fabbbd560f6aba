package org.openlicensing.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.accounts.AccountCredentials;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.AccountSearch;
import org.openlicensing.core.accounts.EmailAddress;

final class InMemoryAccountRepository implements AccountRepository {
  private final InMemoryTransactions transactions;
  private final InMemoryTable<UUID, AccountCredentials> accounts;

  InMemoryAccountRepository(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.accounts = transactions.table("accounts");
  }

  @Override
  public void insert(Account account, String passwordHash) {
    accounts.requireUnique(!accounts.containsKey(account.id()), "id");
    requireFreeEmail(account.id(), account.email());
    accounts.put(account.id(), new AccountCredentials(account, passwordHash));
  }

  private void requireFreeEmail(UUID id, String email) {
    accounts.requireUnique(
        accounts.all().stream()
            .noneMatch(c -> c.account().email().equals(email) && !c.account().id().equals(id)),
        "email");
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
    change(id, a -> a.withStatus(status));
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

  @Override
  public void updateEmail(UUID id, EmailAddress email) {
    requireFreeEmail(id, email.value());
    change(id, a -> copy(a, email.value(), a.name(), a.roles()));
  }

  @Override
  public void updateName(UUID id, String name) {
    change(id, a -> copy(a, a.email(), name, a.roles()));
  }

  @Override
  public void updateRoles(UUID id, Set<PlatformRole> roles) {
    change(id, a -> copy(a, a.email(), a.name(), roles));
  }

  @Override
  public long countWithRole(PlatformRole role) {
    return accounts.all().stream().filter(c -> c.account().hasRole(role)).count();
  }

  /** Transactions run one at a time here, so the lock is held already. */
  @Override
  public void lockRoleChanges() {
    transactions.requireOpen();
  }

  @Override
  public List<Account> search(AccountSearch search) {
    return InMemoryAccountSearch.run(
        accounts.all().stream().map(AccountCredentials::account).toList(), search);
  }

  private void change(UUID id, UnaryOperator<Account> change) {
    accounts
        .get(id)
        .ifPresent(
            c ->
                accounts.put(
                    id, new AccountCredentials(change.apply(c.account()), c.passwordHash())));
  }

  private static Account copy(Account a, String email, String name, Set<PlatformRole> roles) {
    return new Account(
        a.id(), email, name, a.status(), roles, a.personalOrganizationId(), a.createdAt());
  }
}
