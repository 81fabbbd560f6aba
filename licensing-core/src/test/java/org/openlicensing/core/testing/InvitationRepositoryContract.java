package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.InvitationRepository;
import org.openlicensing.core.organizations.InvitationRepository.NewInvitation;
import org.openlicensing.core.organizations.InvitationRepository.Renewal;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link InvitationRepository} promises. */
public abstract class InvitationRepositoryContract {
  private static final Instant EXPIRY = TestData.NOW.plus(Duration.ofDays(7));

  private Persistence store;
  private InvitationRepository invitations;
  private Seeds seeds;
  private UUID organizationId;
  private UUID adminId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    invitations = store.invitations();
    seeds = new Seeds(store);
    organizationId = seeds.organization().id();
    adminId = seeds.account().id();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /** A SHA-256 in hex, as the service makes of a token; random, so unique. */
  private static String newHash() {
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private Invitation invitation(UUID organization, String email) {
    return new Invitation(
        TestData.newId(),
        organization,
        email,
        OrganizationRole.MEMBER,
        Optional.of(adminId),
        TestData.NOW,
        EXPIRY,
        Optional.empty(),
        Optional.empty());
  }

  private void insert(NewInvitation... batch) {
    store.transactions().run(() -> invitations.insertAll(List.of(batch)));
  }

  /** A new open invitation to the address, stored; returns it with its token's hash. */
  private NewInvitation invited(UUID organization, String email) {
    NewInvitation invitation = new NewInvitation(invitation(organization, email), newHash());
    insert(invitation);
    return invitation;
  }

  @Test
  void invitationIsFoundByIdAndByTokenHashWithEveryField() {
    Invitation invitation =
        new Invitation(
            TestData.newId(),
            organizationId,
            "grace@example.com",
            OrganizationRole.BILLING,
            Optional.of(adminId),
            TestData.NOW,
            EXPIRY,
            Optional.empty(),
            Optional.empty());
    String hash = newHash();

    insert(new NewInvitation(invitation, hash));

    assertThat(tx(() -> invitations.findById(invitation.id()))).contains(invitation);
    assertThat(tx(() -> invitations.findByTokenHash(hash))).contains(invitation);
    assertThat(tx(() -> invitations.lockByTokenHash(hash))).contains(invitation);
  }

  @Test
  void invitationWithoutSenderRoundTrips() {
    Invitation template = invitation(organizationId, "ada@example.com");
    Invitation invitation =
        new Invitation(
            template.id(),
            organizationId,
            template.email(),
            OrganizationRole.OWNER,
            Optional.empty(),
            template.createdAt(),
            template.expiresAt(),
            Optional.empty(),
            Optional.empty());

    insert(new NewInvitation(invitation, newHash()));

    assertThat(tx(() -> invitations.findById(invitation.id()))).contains(invitation);
  }

  @Test
  void unknownInvitationIsNotFound() {
    invited(organizationId, "ada@example.com");

    assertThat(tx(() -> invitations.findById(TestData.newId()))).isEmpty();
    assertThat(tx(() -> invitations.findByTokenHash(newHash()))).isEmpty();
    assertThat(tx(() -> invitations.lockByTokenHash(newHash()))).isEmpty();
  }

  @Test
  void takenTokenHashIsDuplicateKeyAndNothingOfTheBatchIsStored() {
    NewInvitation existing = invited(organizationId, "ada@example.com");
    NewInvitation fresh =
        new NewInvitation(invitation(organizationId, "fresh@example.com"), newHash());
    NewInvitation clash =
        new NewInvitation(invitation(organizationId, "clash@example.com"), existing.tokenHash());

    assertThatThrownBy(() -> insert(fresh, clash)).isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> invitations.findById(fresh.invitation().id()))).isEmpty();
  }

  @Test
  void secondOpenInvitationToTheSameAddressIsDuplicateKey() {
    invited(organizationId, "ada@example.com");

    assertThatThrownBy(() -> invited(organizationId, "ada@example.com"))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> invitations.findOpen(organizationId, List.of("ada@example.com"))))
        .hasSize(1);
  }

  @Test
  void sameAddressTwiceInOneBatchIsDuplicateKey() {
    NewInvitation first =
        new NewInvitation(invitation(organizationId, "ada@example.com"), newHash());
    NewInvitation second =
        new NewInvitation(invitation(organizationId, "ada@example.com"), newHash());

    assertThatThrownBy(() -> insert(first, second)).isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> invitations.findById(first.invitation().id()))).isEmpty();
  }

  @Test
  void sameAddressMayBeInvitedByAnotherOrganization() {
    invited(organizationId, "ada@example.com");
    UUID other = seeds.organization().id();

    NewInvitation elsewhere = invited(other, "ada@example.com");

    assertThat(tx(() -> invitations.findOpen(other, List.of("ada@example.com"))))
        .containsExactly(elsewhere.invitation());
  }

  @Test
  void acceptedInvitationIsClosedAndFreesItsAddress() {
    NewInvitation invitation = invited(organizationId, "ada@example.com");
    UUID accepter = seeds.account().id();
    UUID id = invitation.invitation().id();

    assertThat(tx(() -> invitations.markAccepted(id, accepter, TestData.minutesLater(3)))).isTrue();

    Invitation accepted = tx(() -> invitations.findById(id)).orElseThrow();
    assertThat(accepted.acceptedAt()).contains(TestData.minutesLater(3));
    assertThat(accepted.revokedAt()).isEmpty();
    assertThat(tx(() -> invitations.findByTokenHash(invitation.tokenHash()))).contains(accepted);
    assertThat(tx(() -> invitations.lockByTokenHash(invitation.tokenHash()))).contains(accepted);
    assertThat(tx(() -> invitations.findOpen(organizationId, List.of("ada@example.com"))))
        .isEmpty();
    NewInvitation again = invited(organizationId, "ada@example.com");
    assertThat(tx(() -> invitations.findOpen(organizationId, List.of("ada@example.com"))))
        .containsExactly(again.invitation());
  }

  @Test
  void revokedInvitationIsClosedAndFreesItsAddress() {
    NewInvitation invitation = invited(organizationId, "ada@example.com");
    UUID id = invitation.invitation().id();

    assertThat(tx(() -> invitations.revoke(id, TestData.minutesLater(2)))).isTrue();

    Invitation revoked = tx(() -> invitations.findById(id)).orElseThrow();
    assertThat(revoked.revokedAt()).contains(TestData.minutesLater(2));
    assertThat(revoked.acceptedAt()).isEmpty();
    NewInvitation again = invited(organizationId, "ada@example.com");
    assertThat(tx(() -> invitations.listOpen(organizationId, null, 10)))
        .containsExactly(again.invitation());
  }

  @Test
  void closedInvitationIsNeitherAcceptedNorRevokedAgain() {
    UUID accepted = invited(organizationId, "ada@example.com").invitation().id();
    UUID revoked = invited(organizationId, "grace@example.com").invitation().id();
    UUID accepter = seeds.account().id();
    store.transactions().run(() -> invitations.markAccepted(accepted, accepter, TestData.NOW));
    store.transactions().run(() -> invitations.revoke(revoked, TestData.NOW));

    assertThat(tx(() -> invitations.markAccepted(accepted, accepter, TestData.minutesLater(1))))
        .isFalse();
    assertThat(tx(() -> invitations.revoke(accepted, TestData.minutesLater(1)))).isFalse();
    assertThat(tx(() -> invitations.markAccepted(revoked, accepter, TestData.minutesLater(1))))
        .isFalse();
    assertThat(tx(() -> invitations.revoke(revoked, TestData.minutesLater(1)))).isFalse();
    assertThat(tx(() -> invitations.revoke(TestData.newId(), TestData.NOW))).isFalse();
    assertThat(tx(() -> invitations.markAccepted(TestData.newId(), accepter, TestData.NOW)))
        .isFalse();

    Invitation stillAccepted = tx(() -> invitations.findById(accepted)).orElseThrow();
    assertThat(stillAccepted.acceptedAt()).contains(TestData.NOW);
    assertThat(stillAccepted.revokedAt()).isEmpty();
    Invitation stillRevoked = tx(() -> invitations.findById(revoked)).orElseThrow();
    assertThat(stillRevoked.revokedAt()).contains(TestData.NOW);
    assertThat(stillRevoked.acceptedAt()).isEmpty();
  }

  @Test
  void findOpenFindsTheOpenInvitationsOfTheOrganizationToTheAddressesExpiredOrNot() {
    Invitation expired =
        new Invitation(
            TestData.newId(),
            organizationId,
            "expired@example.com",
            OrganizationRole.MEMBER,
            Optional.empty(),
            TestData.NOW.minus(Duration.ofDays(30)),
            TestData.NOW.minus(Duration.ofDays(23)),
            Optional.empty(),
            Optional.empty());
    insert(new NewInvitation(expired, newHash()));
    NewInvitation open = invited(organizationId, "open@example.com");
    invited(organizationId, "not-asked@example.com");
    UUID revoked = invited(organizationId, "revoked@example.com").invitation().id();
    store.transactions().run(() -> invitations.revoke(revoked, TestData.NOW));
    invited(seeds.organization().id(), "elsewhere@example.com");

    List<Invitation> found =
        tx(
            () ->
                invitations.findOpen(
                    organizationId,
                    List.of(
                        "expired@example.com",
                        "open@example.com",
                        "revoked@example.com",
                        "elsewhere@example.com",
                        "nobody@example.com")));

    assertThat(found).containsExactlyInAnyOrder(expired, open.invitation());
    assertThat(tx(() -> invitations.findOpen(organizationId, List.of()))).isEmpty();
  }

  @Test
  void openInvitationsArePagedInIdOrder() {
    List<Invitation> open = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      open.add(invited(organizationId, "open-" + i + "@example.com").invitation());
    }
    UUID revoked = invited(organizationId, "revoked@example.com").invitation().id();
    store.transactions().run(() -> invitations.revoke(revoked, TestData.NOW));
    invited(seeds.organization().id(), "elsewhere@example.com");
    List<Invitation> inIdOrder =
        open.stream().sorted((a, b) -> UuidOrder.ASCENDING.compare(a.id(), b.id())).toList();

    List<Invitation> first = tx(() -> invitations.listOpen(organizationId, null, 2));
    List<Invitation> second = tx(() -> invitations.listOpen(organizationId, first.get(1).id(), 2));
    List<Invitation> last = tx(() -> invitations.listOpen(organizationId, second.get(1).id(), 2));

    assertThat(first).containsExactlyElementsOf(inIdOrder.subList(0, 2));
    assertThat(second).containsExactlyElementsOf(inIdOrder.subList(2, 4));
    assertThat(last).containsExactlyElementsOf(inIdOrder.subList(4, 5));
  }

  @Test
  void renewalGivesTheInvitationANewTokenRoleSenderAndExpiry() {
    NewInvitation invitation = invited(organizationId, "ada@example.com");
    Invitation before = invitation.invitation();
    String newHash = newHash();
    Instant newExpiry = EXPIRY.plus(Duration.ofDays(3));

    Optional<Invitation> readInTheSameTransaction =
        tx(
            () -> {
              invitations.findById(before.id());
              invitations.renewAll(
                  List.of(
                      new Renewal(before.id(), newHash, OrganizationRole.ADMIN, null, newExpiry)));
              return invitations.findById(before.id());
            });

    Invitation renewed =
        new Invitation(
            before.id(),
            organizationId,
            "ada@example.com",
            OrganizationRole.ADMIN,
            Optional.empty(),
            before.createdAt(),
            newExpiry,
            Optional.empty(),
            Optional.empty());
    assertThat(readInTheSameTransaction).contains(renewed);
    assertThat(tx(() -> invitations.findByTokenHash(newHash))).contains(renewed);
    assertThat(tx(() -> invitations.findByTokenHash(invitation.tokenHash()))).isEmpty();
  }

  @Test
  void closedInvitationIsNotRenewed() {
    NewInvitation invitation = invited(organizationId, "ada@example.com");
    UUID id = invitation.invitation().id();
    store.transactions().run(() -> invitations.revoke(id, TestData.NOW));
    Invitation revoked = tx(() -> invitations.findById(id)).orElseThrow();

    store
        .transactions()
        .run(
            () ->
                invitations.renewAll(
                    List.of(new Renewal(id, newHash(), OrganizationRole.OWNER, adminId, EXPIRY))));

    assertThat(tx(() -> invitations.findById(id))).contains(revoked);
    assertThat(tx(() -> invitations.findByTokenHash(invitation.tokenHash()))).contains(revoked);
  }

  @Test
  void renewalToATakenTokenHashIsDuplicateKey() {
    NewInvitation first = invited(organizationId, "ada@example.com");
    NewInvitation second = invited(organizationId, "grace@example.com");

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () ->
                            invitations.renewAll(
                                List.of(
                                    new Renewal(
                                        second.invitation().id(),
                                        first.tokenHash(),
                                        OrganizationRole.MEMBER,
                                        adminId,
                                        EXPIRY)))))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> invitations.findByTokenHash(second.tokenHash())))
        .contains(second.invitation());
  }

  @Test
  void invitationsInsertedInATransactionThatRollsBackAreNotStored() {
    NewInvitation invitation =
        new NewInvitation(invitation(organizationId, "ada@example.com"), newHash());

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          invitations.insertAll(List.of(invitation));
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(tx(() -> invitations.findById(invitation.invitation().id()))).isEmpty();
    assertThat(tx(() -> invitations.findOpen(organizationId, List.of("ada@example.com"))))
        .isEmpty();
  }

  /**
   * A thousand addresses invited, found and renewed at once; the times are printed for comparison,
   * the result is what is asserted.
   */
  @Test
  void aThousandInvitationsAreStoredFoundAndRenewedAtOnce() {
    List<NewInvitation> batch = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      String email = "invitee-" + i + "@example.com";
      batch.add(new NewInvitation(invitation(organizationId, email), newHash()));
      emails.add(email);
    }
    List<Renewal> renewals =
        batch.stream()
            .map(
                n ->
                    new Renewal(
                        n.invitation().id(), newHash(), OrganizationRole.ADMIN, adminId, EXPIRY))
            .toList();
    for (int i = 0; i < 500; i++) {
      emails.add("stranger-" + i + "@example.com");
    }

    long started = System.nanoTime();
    store.transactions().run(() -> invitations.insertAll(batch));
    long insertedAfter = System.nanoTime();
    store.transactions().run(() -> invitations.renewAll(renewals));
    long renewedAfter = System.nanoTime();
    System.out.printf(
        "%s: insertAll of 1,000 invitations in %d ms, renewAll of 1,000 in %d ms%n",
        getClass().getName(),
        (insertedAfter - started) / 1_000_000,
        (renewedAfter - insertedAfter) / 1_000_000);

    List<Invitation> open = tx(() -> invitations.findOpen(organizationId, emails));
    assertThat(open).hasSize(1_000).allMatch(i -> i.role() == OrganizationRole.ADMIN);
    Renewal last = renewals.get(renewals.size() - 1);
    assertThat(tx(() -> invitations.findByTokenHash(last.tokenHash())))
        .map(Invitation::id)
        .contains(last.id());
  }
}
