package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.core.organizations.OrganizationRepository.MemberCursor;
import org.openlicensing.core.persistence.Persistence;

/**
 * What every {@link OrganizationRepository} promises about an organization's members: the member
 * list with the accounts' addresses and names, its pages, counts, and changes of many at once.
 */
public abstract class MemberRepositoryContract {
  private Persistence store;
  private OrganizationRepository organizations;
  private Seeds seeds;
  private UUID organizationId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    organizations = store.organizations();
    seeds = new Seeds(store);
    organizationId = seeds.organization().id();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /** A new account that joins the organization. */
  private Member joined(UUID organization, OrganizationRole role, Instant at) {
    Account account = seeds.account();
    join(organization, account.id(), role, at);
    return new Member(account.id(), account.email(), account.name(), role, at);
  }

  private void join(UUID organization, UUID account, OrganizationRole role, Instant at) {
    store
        .transactions()
        .run(() -> organizations.addMember(new Membership(organization, account, role, at)));
  }

  /** An account with the given id, name and address, and its personal organization. */
  private Account account(UUID id, String email, String name) {
    Organization personal = seeds.organization();
    Account account =
        new Account(
            id,
            email,
            name,
            AccountStatus.ACTIVE,
            Set.of(PlatformRole.USER),
            personal.id(),
            TestData.NOW);
    store.transactions().run(() -> store.accounts().insert(account, "hash"));
    return account;
  }

  @Test
  void memberIsFoundWithTheAccountsAddressAndNameAndEveryField() {
    Account account = account(TestData.newId(), "grace@example.com", "Grace Hopper");
    join(organizationId, account.id(), OrganizationRole.BILLING, TestData.minutesLater(4));

    assertThat(tx(() -> organizations.findMember(organizationId, account.id())))
        .contains(
            new Member(
                account.id(),
                "grace@example.com",
                "Grace Hopper",
                OrganizationRole.BILLING,
                TestData.minutesLater(4)));
  }

  @Test
  void nonMemberIsNotFoundAsAMember() {
    Member elsewhere = joined(seeds.organization().id(), OrganizationRole.OWNER, TestData.NOW);

    assertThat(tx(() -> organizations.findMember(organizationId, elsewhere.accountId()))).isEmpty();
    assertThat(tx(() -> organizations.findMember(organizationId, TestData.newId()))).isEmpty();
  }

  @Test
  void findMembersFindsTheMembersAmongTheAccounts() {
    Member owner = joined(organizationId, OrganizationRole.OWNER, TestData.NOW);
    Member admin = joined(organizationId, OrganizationRole.ADMIN, TestData.minutesLater(1));
    Member notAsked = joined(organizationId, OrganizationRole.MEMBER, TestData.minutesLater(2));
    Member elsewhere = joined(seeds.organization().id(), OrganizationRole.OWNER, TestData.NOW);

    List<Member> found =
        tx(
            () ->
                organizations.findMembers(
                    organizationId,
                    List.of(
                        owner.accountId(),
                        admin.accountId(),
                        elsewhere.accountId(),
                        TestData.newId())));

    assertThat(found).containsExactlyInAnyOrder(owner, admin).doesNotContain(notAsked);
    assertThat(tx(() -> organizations.findMembers(organizationId, List.of()))).isEmpty();
  }

  @Test
  void membersComeByWhenTheyJoinedThenByAccountIdAsUnsignedNumbers() {
    Member third = joined(organizationId, OrganizationRole.MEMBER, TestData.minutesLater(2));
    Member first = joined(organizationId, OrganizationRole.OWNER, TestData.NOW);
    Member second = joined(organizationId, OrganizationRole.ADMIN, TestData.minutesLater(1));
    Instant together = TestData.minutesLater(5);
    List<Member> sameInstant = new ArrayList<>();
    for (String id :
        List.of(
            "ffffffff-0000-7000-8000-000000000001",
            "00000000-0000-7000-8000-000000000001",
            "7fffffff-0000-7000-8000-000000000001")) {
      Account account = account(UUID.fromString(id), "m-" + id + "@example.com", "Same " + id);
      join(organizationId, account.id(), OrganizationRole.MEMBER, together);
      sameInstant.add(
          new Member(
              account.id(), account.email(), account.name(), OrganizationRole.MEMBER, together));
    }
    joined(seeds.organization().id(), OrganizationRole.OWNER, TestData.minutesLater(1));

    assertThat(tx(() -> organizations.members(organizationId, null, 10)))
        .containsExactly(
            first, second, third, sameInstant.get(1), sameInstant.get(2), sameInstant.get(0));
  }

  @Test
  void pagesOfMembersFollowEachOtherWithoutGapOrRepetition() {
    List<Member> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // every second one joins at the same instant as the one before, so ties cross pages
      all.add(joined(organizationId, OrganizationRole.MEMBER, TestData.minutesLater(i / 2)));
    }
    joined(seeds.organization().id(), OrganizationRole.MEMBER, TestData.minutesLater(1));
    List<Member> expected =
        all.stream()
            .sorted(
                (a, b) ->
                    a.joinedAt().equals(b.joinedAt())
                        ? UuidOrder.ASCENDING.compare(a.accountId(), b.accountId())
                        : a.joinedAt().compareTo(b.joinedAt()))
            .toList();

    List<Member> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    MemberCursor cursor = null;
    do {
      MemberCursor after = cursor;
      List<Member> page = tx(() -> organizations.members(organizationId, after, 3));
      seen.addAll(page);
      pageSizes.add(page.size());
      Member last = page.isEmpty() ? null : page.get(page.size() - 1);
      cursor = page.size() < 3 ? null : new MemberCursor(last.joinedAt(), last.accountId());
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pageSizes).containsExactly(3, 3, 1);
  }

  @Test
  void memberEmailsAreTheAddressesOfMembersAmongThoseAsked() {
    Account member = account(TestData.newId(), "member@example.com", "Member");
    account(TestData.newId(), "outsider@example.com", "Outsider");
    Account elsewhere = account(TestData.newId(), "elsewhere@example.com", "Elsewhere");
    join(organizationId, member.id(), OrganizationRole.MEMBER, TestData.NOW);
    join(seeds.organization().id(), elsewhere.id(), OrganizationRole.OWNER, TestData.NOW);

    Set<String> found =
        tx(
            () ->
                organizations.memberEmails(
                    organizationId,
                    List.of(
                        "member@example.com",
                        "outsider@example.com",
                        "elsewhere@example.com",
                        "nobody@example.com")));

    assertThat(found).containsExactly("member@example.com");
    assertThat(tx(() -> organizations.memberEmails(organizationId, List.of()))).isEmpty();
  }

  @Test
  void countsAreOfMembersAndOfOwners() {
    joined(organizationId, OrganizationRole.OWNER, TestData.NOW);
    joined(organizationId, OrganizationRole.OWNER, TestData.NOW);
    joined(organizationId, OrganizationRole.ADMIN, TestData.NOW);
    joined(organizationId, OrganizationRole.MEMBER, TestData.NOW);
    UUID other = seeds.organization().id();
    joined(other, OrganizationRole.OWNER, TestData.NOW);
    UUID empty = seeds.organization().id();

    assertThat(tx(() -> organizations.countMembers(organizationId))).isEqualTo(4);
    assertThat(tx(() -> organizations.countOwners(organizationId))).isEqualTo(2);
    assertThat(tx(() -> organizations.countMembers(empty))).isZero();
    assertThat(tx(() -> organizations.countOwners(empty))).isZero();
    assertThat(tx(() -> organizations.countMembers(List.of(organizationId, other, empty))))
        .isEqualTo(Map.of(organizationId, 4, other, 1));
    assertThat(tx(() -> organizations.countMembers(List.of()))).isEmpty();
  }

  @Test
  void updateRolesChangesTheGivenMembersAndCountsThoseWhoseRoleChanged() {
    Member promoted = joined(organizationId, OrganizationRole.MEMBER, TestData.NOW);
    Member demoted = joined(organizationId, OrganizationRole.OWNER, TestData.NOW);
    Member unchanged = joined(organizationId, OrganizationRole.ADMIN, TestData.NOW);
    Member untouched = joined(organizationId, OrganizationRole.BILLING, TestData.NOW);
    UUID other = seeds.organization().id();
    join(other, promoted.accountId(), OrganizationRole.MEMBER, TestData.NOW);
    UUID outsider = seeds.account().id();

    int changed =
        tx(
            () ->
                organizations.updateRoles(
                    organizationId,
                    Map.of(
                        promoted.accountId(),
                        OrganizationRole.ADMIN,
                        demoted.accountId(),
                        OrganizationRole.MEMBER,
                        unchanged.accountId(),
                        OrganizationRole.ADMIN,
                        outsider,
                        OrganizationRole.OWNER)));

    assertThat(changed).isEqualTo(2);
    assertThat(tx(() -> organizations.roleOf(organizationId, promoted.accountId())))
        .contains(OrganizationRole.ADMIN);
    assertThat(tx(() -> organizations.roleOf(organizationId, demoted.accountId())))
        .contains(OrganizationRole.MEMBER);
    assertThat(tx(() -> organizations.roleOf(organizationId, unchanged.accountId())))
        .contains(OrganizationRole.ADMIN);
    assertThat(tx(() -> organizations.roleOf(organizationId, untouched.accountId())))
        .contains(OrganizationRole.BILLING);
    assertThat(tx(() -> organizations.roleOf(other, promoted.accountId())))
        .contains(OrganizationRole.MEMBER);
    assertThat(tx(() -> organizations.roleOf(organizationId, outsider))).isEmpty();
  }

  @Test
  void changedRolesAreReadBackInTheSameTransaction() {
    Member member = joined(organizationId, OrganizationRole.MEMBER, TestData.NOW);

    Member read =
        tx(
            () -> {
              organizations.roleOf(organizationId, member.accountId());
              organizations.updateRoles(
                  organizationId, Map.of(member.accountId(), OrganizationRole.OWNER));
              assertThat(organizations.roleOf(organizationId, member.accountId()))
                  .contains(OrganizationRole.OWNER);
              return organizations.findMember(organizationId, member.accountId()).orElseThrow();
            });

    assertThat(read.role()).isEqualTo(OrganizationRole.OWNER);
  }

  @Test
  void removeMembersEndsTheirMembershipsHereOnlyAndCountsThem() {
    Member leaving = joined(organizationId, OrganizationRole.ADMIN, TestData.NOW);
    Member alsoLeaving = joined(organizationId, OrganizationRole.MEMBER, TestData.NOW);
    Member staying = joined(organizationId, OrganizationRole.OWNER, TestData.NOW);
    UUID other = seeds.organization().id();
    join(other, leaving.accountId(), OrganizationRole.OWNER, TestData.NOW);

    int removed =
        tx(
            () -> {
              organizations.roleOf(organizationId, leaving.accountId());
              int count =
                  organizations.removeMembers(
                      organizationId,
                      List.of(leaving.accountId(), alsoLeaving.accountId(), TestData.newId()));
              assertThat(organizations.roleOf(organizationId, leaving.accountId())).isEmpty();
              return count;
            });

    assertThat(removed).isEqualTo(2);
    assertThat(tx(() -> organizations.members(organizationId, null, 10))).containsExactly(staying);
    assertThat(tx(() -> organizations.roleOf(other, leaving.accountId())))
        .contains(OrganizationRole.OWNER);
    assertThat(tx(() -> organizations.removeMembers(organizationId, List.of()))).isZero();
  }

  /**
   * A thousand members changed and removed at once, asked for among more ids than one statement
   * takes; the times are printed for comparison, the result is what is asserted.
   */
  @Test
  void aThousandMembersAreFoundPromotedAndRemovedAtOnce() {
    Map<UUID, OrganizationRole> promotions = new HashMap<>();
    List<String> emails = new ArrayList<>();
    store
        .transactions()
        .run(
            () -> {
              for (int i = 0; i < 1_000; i++) {
                Organization personal = TestData.organization();
                Account account = TestData.account(personal.id());
                organizations.insert(personal);
                store.accounts().insert(account, "hash");
                organizations.addMember(
                    new Membership(
                        organizationId, account.id(), OrganizationRole.MEMBER, TestData.NOW));
                promotions.put(account.id(), OrganizationRole.ADMIN);
                emails.add(account.email());
              }
            });
    List<UUID> askedFor = new ArrayList<>(promotions.keySet());
    for (int i = 0; i < 500; i++) {
      askedFor.add(TestData.newId());
      emails.add("stranger-" + i + "@example.com");
    }

    assertThat(tx(() -> organizations.findMembers(organizationId, askedFor))).hasSize(1_000);
    assertThat(tx(() -> organizations.memberEmails(organizationId, emails))).hasSize(1_000);

    long started = System.nanoTime();
    int promoted = tx(() -> organizations.updateRoles(organizationId, promotions));
    long promotedAfter = System.nanoTime();
    int removed = tx(() -> organizations.removeMembers(organizationId, askedFor));
    long removedAfter = System.nanoTime();
    System.out.printf(
        "%s: updateRoles of 1,000 in %d ms, removeMembers of 1,000 in %d ms%n",
        getClass().getName(),
        (promotedAfter - started) / 1_000_000,
        (removedAfter - promotedAfter) / 1_000_000);

    assertThat(promoted).isEqualTo(1_000);
    assertThat(removed).isEqualTo(1_000);
    assertThat(tx(() -> organizations.countMembers(organizationId))).isZero();
  }
}
