package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.accounts.AccountCredentials;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link AccountRepository} promises. */
public abstract class AccountRepositoryContract {
  private Persistence store;
  private AccountRepository accounts;
  private Seeds seeds;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    accounts = store.accounts();
    seeds = new Seeds(store);
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private Account newAccount(String email, Set<PlatformRole> roles) {
    Account template = TestData.account(seeds.organization().id());
    return new Account(
        template.id(),
        email,
        "Grace Hopper",
        AccountStatus.PENDING_VERIFICATION,
        roles,
        template.personalOrganizationId(),
        TestData.NOW);
  }

  @Test
  void storedAccountIsFoundByIdWithEveryField() {
    Account account =
        newAccount("grace@example.com", Set.of(PlatformRole.USER, PlatformRole.SUPER_ADMIN));
    store.transactions().run(() -> accounts.insert(account, "argon2id-hash"));

    assertThat(tx(() -> accounts.findById(account.id()))).contains(account);
  }

  @Test
  void accountIsFoundByItsEmailAddress() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "argon2id-hash"));

    assertThat(tx(() -> accounts.findByEmail(EmailAddress.of("Grace@Example.com"))))
        .contains(account);
    assertThat(tx(() -> accounts.findByEmail(EmailAddress.of("someone@example.com")))).isEmpty();
  }

  @Test
  void credentialsCarryThePasswordHash() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "argon2id-hash"));

    assertThat(tx(() -> accounts.findCredentials(EmailAddress.of("grace@example.com"))))
        .contains(new AccountCredentials(account, "argon2id-hash"));
  }

  @Test
  void unknownIdIsNotFound() {
    assertThat(tx(() -> accounts.findById(TestData.newId()))).isEmpty();
  }

  @Test
  void takenEmailAddressIsDuplicateKey() {
    Account first = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    Account second = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(first, "hash-1"));

    assertThatThrownBy(() -> store.transactions().run(() -> accounts.insert(second, "hash-2")))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> accounts.findById(second.id()))).isEmpty();
  }

  @Test
  void updatedStatusIsStoredAndNothingElseChanges() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "argon2id-hash"));

    store.transactions().run(() -> accounts.updateStatus(account.id(), AccountStatus.ACTIVE));

    assertThat(tx(() -> accounts.findById(account.id())))
        .contains(account.withStatus(AccountStatus.ACTIVE));
  }

  @Test
  void statusUpdateIsSeenLaterInTheSameTransaction() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "argon2id-hash"));

    AccountStatus seen =
        tx(
            () -> {
              accounts.findById(account.id());
              accounts.updateStatus(account.id(), AccountStatus.DISABLED);
              return accounts.findById(account.id()).orElseThrow().status();
            });

    assertThat(seen).isEqualTo(AccountStatus.DISABLED);
  }

  @Test
  void updatedPasswordHashIsInTheCredentials() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "old-hash"));

    store.transactions().run(() -> accounts.updatePasswordHash(account.id(), "new-hash"));

    assertThat(tx(() -> accounts.findCredentials(EmailAddress.of("grace@example.com"))))
        .contains(new AccountCredentials(account, "new-hash"));
  }

  @Test
  void existsWithRoleTellsWhetherAnyAccountHasTheRole() {
    assertThat(tx(() -> accounts.existsWithRole(PlatformRole.SUPER_ADMIN))).isFalse();
    Account admin =
        newAccount("admin@example.com", Set.of(PlatformRole.USER, PlatformRole.SUPER_ADMIN));
    store.transactions().run(() -> accounts.insert(admin, "hash"));

    assertThat(tx(() -> accounts.existsWithRole(PlatformRole.SUPER_ADMIN))).isTrue();
    assertThat(tx(() -> accounts.existsWithRole(PlatformRole.ADMIN))).isFalse();
  }

  @Test
  void accountIsFoundUnderItsNewAddressOnly() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "hash"));

    store
        .transactions()
        .run(() -> accounts.updateEmail(account.id(), EmailAddress.of("hopper@example.com")));

    assertThat(tx(() -> accounts.findByEmail(EmailAddress.of("hopper@example.com"))))
        .map(Account::id)
        .contains(account.id());
    assertThat(tx(() -> accounts.findByEmail(EmailAddress.of("grace@example.com")))).isEmpty();
  }

  @Test
  void addressTakenByAnotherAccountIsDuplicateKeyAndChangesNothing() {
    Account grace = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    Account ada = newAccount("ada@example.com", Set.of(PlatformRole.USER));
    store
        .transactions()
        .run(
            () -> {
              accounts.insert(grace, "hash-1");
              accounts.insert(ada, "hash-2");
            });

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> accounts.updateEmail(ada.id(), EmailAddress.of("grace@example.com"))))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> accounts.findById(ada.id()))).contains(ada);
  }

  @Test
  void settingTheAddressAnAccountHasAlreadyIsNoConflict() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "hash"));

    store
        .transactions()
        .run(() -> accounts.updateEmail(account.id(), EmailAddress.of("grace@example.com")));

    assertThat(tx(() -> accounts.findById(account.id()))).contains(account);
  }

  @Test
  void updatedNameIsStoredAndNothingElseChanges() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "hash"));

    store.transactions().run(() -> accounts.updateName(account.id(), "Rear Admiral Hopper"));

    assertThat(tx(() -> accounts.findById(account.id())))
        .contains(
            new Account(
                account.id(),
                account.email(),
                "Rear Admiral Hopper",
                account.status(),
                account.roles(),
                account.personalOrganizationId(),
                account.createdAt()));
  }

  @Test
  void updatedRolesReplaceTheOldOnes() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "hash"));

    store
        .transactions()
        .run(
            () ->
                accounts.updateRoles(
                    account.id(), Set.of(PlatformRole.ADMIN, PlatformRole.SUPER_ADMIN)));

    assertThat(tx(() -> accounts.findById(account.id())).orElseThrow().roles())
        .containsExactlyInAnyOrder(PlatformRole.ADMIN, PlatformRole.SUPER_ADMIN);
  }

  @Test
  void accountMayBeLeftWithNoRoles() {
    Account account =
        newAccount("grace@example.com", Set.of(PlatformRole.USER, PlatformRole.ADMIN));
    store.transactions().run(() -> accounts.insert(account, "hash"));

    store.transactions().run(() -> accounts.updateRoles(account.id(), Set.of()));

    assertThat(tx(() -> accounts.findById(account.id())).orElseThrow().roles()).isEmpty();
  }

  @Test
  void roleChangeInATransactionThatRollsBackLeavesTheOldRoles() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "hash"));

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          accounts.updateRoles(account.id(), Set.of(PlatformRole.SUPER_ADMIN));
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(tx(() -> accounts.findById(account.id())).orElseThrow().roles())
        .containsExactly(PlatformRole.USER);
  }

  @Test
  void countWithRoleCountsTheHoldersWhateverTheirStatus() {
    Account active = newAccount("a@example.com", Set.of(PlatformRole.USER, PlatformRole.ADMIN));
    Account disabled = newAccount("b@example.com", Set.of(PlatformRole.ADMIN));
    Account user = newAccount("c@example.com", Set.of(PlatformRole.USER));
    store
        .transactions()
        .run(
            () -> {
              accounts.insert(active, "hash");
              accounts.insert(disabled, "hash");
              accounts.insert(user, "hash");
              accounts.updateStatus(disabled.id(), AccountStatus.DISABLED);
            });

    assertThat(tx(() -> accounts.countWithRole(PlatformRole.ADMIN))).isEqualTo(2);
    assertThat(tx(() -> accounts.countWithRole(PlatformRole.SUPER_ADMIN))).isZero();
  }

  @Test
  void roleChangesAreLockedInsideATransactionAndTheWorkGoesOn() {
    Account account = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    store.transactions().run(() -> accounts.insert(account, "hash"));

    long admins =
        tx(
            () -> {
              accounts.lockRoleChanges();
              accounts.updateRoles(account.id(), Set.of(PlatformRole.SUPER_ADMIN));
              return accounts.countWithRole(PlatformRole.SUPER_ADMIN);
            });

    assertThat(admins).isEqualTo(1);
  }

  @Test
  void roleChangesCannotBeLockedOutsideATransaction() {
    assertThatThrownBy(() -> accounts.lockRoleChanges())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside a transaction");
  }

  @Test
  void changesToOneAccountLeaveTheOthersAlone() {
    Account changed = newAccount("grace@example.com", Set.of(PlatformRole.USER));
    Account other = newAccount("ada@example.com", Set.of(PlatformRole.USER));
    store
        .transactions()
        .run(
            () -> {
              accounts.insert(changed, "hash");
              accounts.insert(other, "hash");
            });
    UUID id = changed.id();

    store
        .transactions()
        .run(
            () -> {
              accounts.updateEmail(id, EmailAddress.of("hopper@example.com"));
              accounts.updateName(id, "Grace Brewster Hopper");
              accounts.updateRoles(id, Set.of(PlatformRole.ADMIN));
            });

    assertThat(tx(() -> accounts.findById(other.id()))).contains(other);
  }
}
