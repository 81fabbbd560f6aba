package org.openlicensing.core.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.organizations.BillingDetails;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.organizations.OrganizationRepository;

/**
 * Organizations, their billing details and memberships; members get their address and name from the
 * accounts, as the database joins them. Transactions run one at a time, so {@link #lock} has
 * nothing to wait for.
 */
final class InMemoryOrganizationRepository implements OrganizationRepository {
  /** The member list's order: by when they joined, then by account id as the databases sort it. */
  private static final Comparator<Membership> JOINED_ORDER =
      Comparator.comparing(Membership::joinedAt)
          .thenComparing(Membership::accountId, UuidOrder.ASCENDING);

  private final InMemoryTable<UUID, Organization> organizations;
  private final InMemoryTable<UUID, BillingDetails> billingDetails;
  private final InMemoryTable<List<UUID>, Membership> memberships;
  private final AccountRepository accounts;

  InMemoryOrganizationRepository(InMemoryTransactions transactions, AccountRepository accounts) {
    this.organizations = transactions.table("organizations");
    this.billingDetails = transactions.table("organization_billing_details");
    this.memberships = transactions.table("memberships");
    this.accounts = accounts;
  }

  @Override
  public void insert(Organization organization) {
    organizations.requireUnique(!organizations.containsKey(organization.id()), "id");
    organizations.put(organization.id(), organization);
  }

  @Override
  public Optional<Organization> findById(UUID id) {
    return organizations.get(id);
  }

  /** Transactions run one at a time here, so the lock is held already. */
  @Override
  public Optional<Organization> lock(UUID id) {
    return findById(id);
  }

  @Override
  public void rename(UUID id, String name) {
    organizations
        .get(id)
        .ifPresent(
            o -> organizations.put(id, new Organization(id, name, o.personal(), o.createdAt())));
  }

  @Override
  public Optional<BillingDetails> findBillingDetails(UUID organizationId) {
    return billingDetails.get(organizationId);
  }

  @Override
  public void saveBillingDetails(UUID organizationId, BillingDetails details) {
    billingDetails.put(organizationId, details);
  }

  @Override
  public void addMember(Membership membership) {
    List<UUID> key = List.of(membership.organizationId(), membership.accountId());
    memberships.requireUnique(!memberships.containsKey(key), "organization_id, account_id");
    memberships.put(key, membership);
  }

  @Override
  public Optional<OrganizationRole> roleOf(UUID organizationId, UUID accountId) {
    return memberships.get(List.of(organizationId, accountId)).map(Membership::role);
  }

  @Override
  public List<UUID> managedBy(UUID accountId) {
    return memberships.all().stream()
        .filter(m -> m.accountId().equals(accountId) && m.role().managesBilling())
        .map(Membership::organizationId)
        .sorted(UuidOrder.ASCENDING)
        .toList();
  }

  /** In the order the account joined them; on the same instant, by organization id. */
  @Override
  public List<Membership> membershipsOf(UUID accountId) {
    return memberships.all().stream()
        .filter(m -> m.accountId().equals(accountId))
        .sorted(
            Comparator.comparing(Membership::joinedAt)
                .thenComparing(Membership::organizationId, UuidOrder.ASCENDING))
        .toList();
  }

  @Override
  public List<MemberOf> organizationsOf(UUID accountId) {
    return membershipsOf(accountId).stream()
        .map(m -> new MemberOf(organizations.get(m.organizationId()).orElseThrow(), m.role()))
        .toList();
  }

  @Override
  public Optional<Member> findMember(UUID organizationId, UUID accountId) {
    return memberships.get(List.of(organizationId, accountId)).map(this::member);
  }

  @Override
  public List<Member> findMembers(UUID organizationId, Collection<UUID> accountIds) {
    Set<UUID> wanted = new HashSet<>(accountIds);
    return membersOf(organizationId)
        .filter(m -> wanted.contains(m.accountId()))
        .map(this::member)
        .toList();
  }

  @Override
  public List<Member> members(UUID organizationId, MemberCursor after, int limit) {
    return membersOf(organizationId)
        .sorted(JOINED_ORDER)
        .filter(m -> after == null || isAfter(m, after))
        .limit(limit)
        .map(this::member)
        .toList();
  }

  private static boolean isAfter(Membership membership, MemberCursor cursor) {
    int byTime = membership.joinedAt().compareTo(cursor.joinedAt());
    return byTime > 0
        || (byTime == 0
            && UuidOrder.ASCENDING.compare(membership.accountId(), cursor.accountId()) > 0);
  }

  @Override
  public List<Member> findMembersByEmail(UUID organizationId, Collection<String> emails) {
    Set<String> wanted = new HashSet<>(emails);
    return membersOf(organizationId)
        .map(this::member)
        .filter(m -> wanted.contains(m.email()))
        .toList();
  }

  @Override
  public Set<String> memberEmails(UUID organizationId, Collection<String> emails) {
    Set<String> wanted = new HashSet<>(emails);
    return membersOf(organizationId)
        .map(this::member)
        .map(Member::email)
        .filter(wanted::contains)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public int countMembers(UUID organizationId) {
    return (int) membersOf(organizationId).count();
  }

  @Override
  public Map<UUID, Integer> countMembers(Collection<UUID> organizationIds) {
    Map<UUID, Integer> counts = new HashMap<>();
    Set<UUID> wanted = new HashSet<>(organizationIds);
    memberships.all().stream()
        .filter(m -> wanted.contains(m.organizationId()))
        .forEach(m -> counts.merge(m.organizationId(), 1, Integer::sum));
    return Map.copyOf(counts);
  }

  @Override
  public int countOwners(UUID organizationId) {
    return (int) membersOf(organizationId).filter(m -> m.role() == OrganizationRole.OWNER).count();
  }

  /** A membership that has the role already did not change, and is not counted. */
  @Override
  public int updateRoles(UUID organizationId, Map<UUID, OrganizationRole> roles) {
    int changed = 0;
    for (Map.Entry<UUID, OrganizationRole> change : roles.entrySet()) {
      List<UUID> key = List.of(organizationId, change.getKey());
      Optional<Membership> found = memberships.get(key);
      if (found.isPresent() && found.get().role() != change.getValue()) {
        Membership m = found.get();
        memberships.put(
            key,
            new Membership(m.organizationId(), m.accountId(), change.getValue(), m.joinedAt()));
        changed++;
      }
    }
    return changed;
  }

  @Override
  public int removeMembers(UUID organizationId, Collection<UUID> accountIds) {
    int removed = 0;
    for (UUID accountId : new HashSet<>(accountIds)) {
      if (memberships.remove(List.of(organizationId, accountId)).isPresent()) {
        removed++;
      }
    }
    return removed;
  }

  private Stream<Membership> membersOf(UUID organizationId) {
    return memberships.all().stream().filter(m -> m.organizationId().equals(organizationId));
  }

  private Member member(Membership membership) {
    Account account = accounts.findById(membership.accountId()).orElseThrow();
    return new Member(
        account.id(), account.email(), account.name(), membership.role(), membership.joinedAt());
  }
}
