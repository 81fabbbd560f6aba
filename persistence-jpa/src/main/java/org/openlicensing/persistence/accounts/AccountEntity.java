package org.openlicensing.persistence.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.accounts.AccountCredentials;

/**
 * A row of {@code accounts}, with its platform roles from {@code account_roles}. The roles of all
 * the accounts a query returns are read in one more query, not one per account.
 */
@Entity(name = "Account")
@Table(name = "accounts")
public class AccountEntity {
  @Id private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String name;

  /** The name as the overview sorts it; see {@link #nameKey(String)}. */
  @Column(name = "name_key", nullable = false)
  private String nameKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccountStatus status;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "personal_organization_id", nullable = false)
  private UUID personalOrganizationId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Set<PlatformRole> roles = new HashSet<>();

  protected AccountEntity() {}

  static AccountEntity of(Account account, String passwordHash) {
    AccountEntity entity = new AccountEntity();
    entity.id = account.id();
    entity.email = account.email();
    entity.name = account.name();
    entity.nameKey = nameKey(account.name());
    entity.status = account.status();
    entity.passwordHash = passwordHash;
    entity.personalOrganizationId = account.personalOrganizationId();
    entity.createdAt = account.createdAt();
    entity.roles = new HashSet<>(account.roles());
    return entity;
  }

  /**
   * The sort key of a name: its lower case in the root locale, which is how the service writes the
   * name in a page cursor too.
   */
  static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  Account toAccount() {
    return new Account(id, email, name, status, roles, personalOrganizationId, createdAt);
  }

  AccountCredentials toCredentials() {
    return new AccountCredentials(toAccount(), passwordHash);
  }
}
