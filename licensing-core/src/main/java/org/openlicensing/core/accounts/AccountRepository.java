package org.openlicensing.core.accounts;

import java.util.Optional;
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
}
