package org.openlicensing.persistence.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.InvitationRepository.NewInvitation;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.Seeds;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.persistence.testing.TestDatabase;

/**
 * {@code OrganizationRepository.lock} and {@code InvitationRepository.lockByTokenHash} take real
 * row locks: a second transaction that asks for the same row waits until the first has committed,
 * and then reads what it committed. That keeps the last owner of an organization from being removed
 * by two admins at once, and an invitation from being accepted twice, across servers.
 */
abstract class OrganizationLockingContract {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Persistence store;
  private Seeds seeds;
  private Organization organization;
  private ExecutorService threads;

  /** The database of the test class. */
  abstract TestDatabase database();

  @BeforeEach
  void openStore() {
    store = database().emptyPersistence();
    seeds = new Seeds(store);
    organization = seeds.organization();
    threads = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private Account owner() {
    Account account = seeds.account();
    store
        .transactions()
        .run(
            () ->
                store
                    .organizations()
                    .addMember(
                        new Membership(
                            organization.id(),
                            account.id(),
                            OrganizationRole.OWNER,
                            TestData.NOW)));
    return account;
  }

  @Test
  void secondOrganizationLockWaitsUntilTheFirstTransactionHasCommitted() throws Exception {
    Account leaving = owner();
    owner();

    int ownersSeenBySecond =
        secondWaitsForFirst(
            () -> store.organizations().lock(organization.id()).orElseThrow(),
            () -> store.organizations().removeMembers(organization.id(), List.of(leaving.id())),
            () -> {
              store.organizations().lock(organization.id()).orElseThrow();
              return store.organizations().countOwners(organization.id());
            });

    assertThat(ownersSeenBySecond)
        .as("the second transaction counts the owners after the first removed one")
        .isEqualTo(1);
  }

  @Test
  void ownersLeavingAtOnceLeaveOneOwner() throws Exception {
    List<Account> owners = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      owners.add(owner());
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    for (Account owner : owners) {
      Callable<Boolean> leave =
          () -> {
            start.await();
            return store
                .transactions()
                .inTransaction(
                    () -> {
                      store.organizations().lock(organization.id()).orElseThrow();
                      if (store.organizations().countOwners(organization.id()) <= 1) {
                        return false;
                      }
                      store.organizations().removeMembers(organization.id(), List.of(owner.id()));
                      return true;
                    });
          };
      attempts.add(threads.submit(leave));
    }
    start.countDown();
    int left = 0;
    for (Future<Boolean> attempt : attempts) {
      left += attempt.get(PATIENCE.toSeconds(), TimeUnit.SECONDS) ? 1 : 0;
    }

    assertThat(left).isEqualTo(3);
    assertThat(
            store
                .transactions()
                .inTransaction(() -> store.organizations().countOwners(organization.id())))
        .isEqualTo(1);
  }

  /** The lock reads the row as committed, not as the transaction read it before it locked. */
  @Test
  void lockReadsWhatAnotherTransactionCommittedSinceAnEarlierRead() throws Exception {
    CountDownLatch firstRead = new CountDownLatch(1);
    CountDownLatch renamed = new CountDownLatch(1);
    Future<Optional<Organization>> locked =
        threads.submit(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          store.organizations().findById(organization.id()).orElseThrow();
                          firstRead.countDown();
                          await(renamed);
                          return store.organizations().lock(organization.id());
                        }));
    assertThat(firstRead.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    store.transactions().run(() -> store.organizations().rename(organization.id(), "Renamed"));
    renamed.countDown();

    assertThat(locked.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
        .map(Organization::name)
        .contains("Renamed");
  }

  /**
   * After the lock, a member's role is read as committed, not as the transaction read it before: an
   * owner demoted meanwhile by another owner must not be judged an owner still.
   */
  @Test
  void rolesReadAfterTheLockAreWhatAnotherTransactionCommittedSinceAnEarlierRead()
      throws Exception {
    Account demoted = owner();
    CountDownLatch firstRead = new CountDownLatch(1);
    CountDownLatch changed = new CountDownLatch(1);
    Future<Optional<OrganizationRole>> roleAfterLock =
        threads.submit(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          assertThat(store.organizations().roleOf(organization.id(), demoted.id()))
                              .contains(OrganizationRole.OWNER);
                          firstRead.countDown();
                          await(changed);
                          store.organizations().lock(organization.id()).orElseThrow();
                          return store.organizations().roleOf(organization.id(), demoted.id());
                        }));
    assertThat(firstRead.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    store
        .transactions()
        .run(
            () ->
                store
                    .organizations()
                    .updateRoles(organization.id(), Map.of(demoted.id(), OrganizationRole.ADMIN)));
    changed.countDown();

    assertThat(roleAfterLock.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
        .contains(OrganizationRole.ADMIN);
  }

  @Test
  void secondInvitationLockWaitsUntilTheFirstTransactionHasCommitted() throws Exception {
    NewInvitation invitation =
        new NewInvitation(
            new Invitation(
                TestData.newId(),
                organization.id(),
                "ada@example.com",
                OrganizationRole.MEMBER,
                Optional.empty(),
                TestData.NOW,
                TestData.minutesLater(60),
                Optional.empty(),
                Optional.empty()),
            "a".repeat(64));
    store.transactions().run(() -> store.invitations().insertAll(List.of(invitation)));
    Account first = seeds.account();
    String hash = invitation.tokenHash();

    Invitation seenBySecond =
        secondWaitsForFirst(
            () -> store.invitations().lockByTokenHash(hash).orElseThrow(),
            () ->
                store
                    .invitations()
                    .markAccepted(invitation.invitation().id(), first.id(), TestData.NOW),
            () -> store.invitations().lockByTokenHash(hash).orElseThrow());

    assertThat(seenBySecond.acceptedAt())
        .as("the second transaction sees the invitation accepted by the first")
        .contains(TestData.NOW);
  }

  /**
   * The first transaction locks, waits until the second is blocked on the same lock, changes
   * something and commits; the second then gets the lock and reads. Returns what it read.
   */
  private <T> T secondWaitsForFirst(Runnable lock, Runnable change, Supplier<T> lockAndRead)
      throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
    CountDownLatch secondIsWaiting = new CountDownLatch(1);
    Future<?> firstDone =
        threads.submit(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          lock.run();
                          events.add("first locked");
                          firstHoldsTheLock.countDown();
                          await(secondIsWaiting);
                          change.run();
                          events.add("first commits");
                        }));
    assertThat(firstHoldsTheLock.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    Future<T> second =
        threads.submit(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          T read = lockAndRead.get();
                          events.add("second locked");
                          return read;
                        }));

    database().awaitBlockedSession(PATIENCE);
    secondIsWaiting.countDown();
    firstDone.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

    T read = second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    assertThat(events).containsExactly("first locked", "first commits", "second locked");
    return read;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other transaction never came");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
