package org.openlicensing.persistence.accounts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.accounts.AccountCredentials;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.AccountSearch;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

public final class JpaAccountRepository implements AccountRepository {
  /** The row of {@code platform_locks} that role changes lock; the migration seeds it. */
  static final String ROLE_CHANGES_LOCK = "role_changes";

  private final JpaTransactions transactions;

  public JpaAccountRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(Account account, String passwordHash) {
    Writes.insert(em(), AccountEntity.of(account, passwordHash));
  }

  @Override
  public Optional<Account> findById(UUID id) {
    return Optional.ofNullable(em().find(AccountEntity.class, id)).map(AccountEntity::toAccount);
  }

  @Override
  public Optional<Account> findByEmail(EmailAddress email) {
    return byEmail(email).map(AccountEntity::toAccount);
  }

  @Override
  public Optional<AccountCredentials> findCredentials(EmailAddress email) {
    return byEmail(email).map(AccountEntity::toCredentials);
  }

  private Optional<AccountEntity> byEmail(EmailAddress email) {
    return em().createQuery("SELECT a FROM Account a WHERE a.email = :email", AccountEntity.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void updateStatus(UUID id, AccountStatus status) {
    EntityManager em = em();
    Writes.update(
        em,
        em.createQuery("UPDATE Account a SET a.status = :status WHERE a.id = :id")
            .setParameter("status", status)
            .setParameter("id", id));
  }

  @Override
  public void updatePasswordHash(UUID id, String passwordHash) {
    EntityManager em = em();
    Writes.update(
        em,
        em.createQuery("UPDATE Account a SET a.passwordHash = :hash WHERE a.id = :id")
            .setParameter("hash", passwordHash)
            .setParameter("id", id));
  }

  @Override
  public boolean existsWithRole(PlatformRole role) {
    return !em().createQuery(
            "SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role", UUID.class)
        .setParameter("role", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Throws DuplicateKeyException when another account has the address. */
  @Override
  public void updateEmail(UUID id, EmailAddress email) {
    EntityManager em = em();
    Writes.update(
        em,
        em.createQuery("UPDATE Account a SET a.email = :email WHERE a.id = :id")
            .setParameter("email", email.value())
            .setParameter("id", id));
  }

  @Override
  public void updateName(UUID id, String name) {
    EntityManager em = em();
    Writes.update(
        em,
        em.createQuery("UPDATE Account a SET a.name = :name, a.nameKey = :key WHERE a.id = :id")
            .setParameter("name", name)
            .setParameter("key", AccountEntity.nameKey(name))
            .setParameter("id", id));
  }

  /** Deletes the account's role rows and inserts the new ones, in the caller's transaction. */
  @Override
  public void updateRoles(UUID id, Set<PlatformRole> roles) {
    EntityManager em = em();
    Writes.update(
        em,
        em.createNativeQuery("DELETE FROM account_roles WHERE account_id = ?").setParameter(1, id));
    for (PlatformRole role : roles) {
      Writes.update(
          em,
          em.createNativeQuery("INSERT INTO account_roles (account_id, role) VALUES (?, ?)")
              .setParameter(1, id)
              .setParameter(2, role.name()));
    }
  }

  @Override
  public long countWithRole(PlatformRole role) {
    return em().createQuery(
            "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  /**
   * {@code SELECT ... FOR UPDATE} on the seeded row of {@code platform_locks}: a second transaction
   * that asks waits until the first has ended, on whichever server it runs.
   */
  @Override
  public void lockRoleChanges() {
    try {
      em().createNativeQuery("SELECT name FROM platform_locks WHERE name = ? FOR UPDATE")
          .setParameter(1, ROLE_CHANGES_LOCK)
          .getSingleResult();
    } catch (NoResultException e) {
      throw new IllegalStateException(
          String.format(
              "the row '%s' of platform_locks is missing; the migration seeds it and nothing may"
                  + " delete it",
              ROLE_CHANGES_LOCK),
          e);
    }
  }

  @Override
  public List<Account> search(AccountSearch search) {
    return AccountSearchQuery.of(search).run(em()).stream().map(AccountEntity::toAccount).toList();
  }

  private EntityManager em() {
    return transactions.entityManager();
  }
}
