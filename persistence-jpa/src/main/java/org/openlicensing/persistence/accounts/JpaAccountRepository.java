package org.openlicensing.persistence.accounts;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.accounts.AccountCredentials;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

public final class JpaAccountRepository implements AccountRepository {
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

  private EntityManager em() {
    return transactions.entityManager();
  }
}
