package org.openlicensing.core.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;

/** Where accounts are kept. E-mail addresses are unique; callers pass them normalized. */
public interface AccountRepository {

  /** Stores a new account; a taken e-mail address is a DuplicateKeyException. */
  void insert(Account account, String passwordHash);

  Optional<Account> findById(UUID id);

  Optional<Account> findByEmail(EmailAddress email);

  Optional<AccountCredentials> findCredentials(EmailAddress email);

  void updateStatus(UUID id, AccountStatus status);

  void updatePasswordHash(UUID id, String passwordHash);

  boolean existsWithRole(PlatformRole role);

  /** Changes the address; one taken by another account is a DuplicateKeyException. */
  void updateEmail(UUID id, EmailAddress email);

  void updateName(UUID id, String name);

  /** Replaces the account's platform roles. */
  void updateRoles(UUID id, Set<PlatformRole> roles);

  /** How many ACTIVE accounts hold the role. */
  long countWithRole(PlatformRole role);

  /**
   * Takes a lock held until the transaction ends, so that role changes on several servers take
   * turns: counting the super admins and removing one is then a single step.
   */
  void lockRoleChanges();

  /** The accounts that match, in the search's order, at most {@code limit}. */
  List<Account> search(AccountSearch search);
}
