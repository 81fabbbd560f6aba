package org.openlicensing.persistence.organizations;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.organizations.BillingDetails;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.persistence.InLists;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.RowLocks;
import org.openlicensing.persistence.Writes;

public final class JpaOrganizationRepository implements OrganizationRepository {
  private static final Set<OrganizationRole> MANAGING = managingRoles();

  private final JpaTransactions transactions;

  public JpaOrganizationRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(Organization organization) {
    Writes.insert(em(), OrganizationEntity.of(organization));
  }

  @Override
  public Optional<Organization> findById(UUID id) {
    return Optional.ofNullable(em().find(OrganizationEntity.class, id))
        .map(OrganizationEntity::toOrganization);
  }

  /** {@code SELECT ... FOR UPDATE}: the row stays locked until the transaction ends. */
  @Override
  public Optional<Organization> lock(UUID id) {
    EntityManager em = em();
    return RowLocks.forUpdate(
            em,
            em.createQuery(
                "SELECT o FROM Organization o WHERE o.id = :id", OrganizationEntity.class))
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(OrganizationEntity::toOrganization);
  }

  @Override
  public void rename(UUID id, String name) {
    EntityManager em = em();
    Writes.update(
        em,
        em.createQuery("UPDATE Organization o SET o.name = :name WHERE o.id = :id")
            .setParameter("name", name)
            .setParameter("id", id));
  }

  @Override
  public Optional<BillingDetails> findBillingDetails(UUID organizationId) {
    return Optional.ofNullable(em().find(BillingDetailsEntity.class, organizationId))
        .map(BillingDetailsEntity::toDetails);
  }

  @Override
  public void saveBillingDetails(UUID organizationId, BillingDetails details) {
    BillingDetailsUpsert.save(em(), organizationId, details);
  }

  @Override
  public void addMember(Membership membership) {
    Writes.insert(em(), MembershipEntity.of(membership));
  }

  @Override
  public Optional<OrganizationRole> roleOf(UUID organizationId, UUID accountId) {
    return Optional.ofNullable(
            em().find(MembershipEntity.class, new MembershipEntity.Key(organizationId, accountId)))
        .map(MembershipEntity::role);
  }

  @Override
  public List<UUID> managedBy(UUID accountId) {
    return em().createQuery(
            "SELECT m.organizationId FROM Membership m"
                + " WHERE m.accountId = :account AND m.role IN :roles"
                + " ORDER BY m.organizationId",
            UUID.class)
        .setParameter("account", accountId)
        .setParameter("roles", MANAGING)
        .getResultList();
  }

  /** In the order the account joined them; on the same instant, by organization id. */
  @Override
  public List<Membership> membershipsOf(UUID accountId) {
    return em()
        .createQuery(
            "SELECT m FROM Membership m WHERE m.accountId = :account"
                + " ORDER BY m.joinedAt, m.organizationId",
            MembershipEntity.class)
        .setParameter("account", accountId)
        .getResultList()
        .stream()
        .map(MembershipEntity::toMembership)
        .toList();
  }

  /** In the order the account joined them; on the same instant, by organization id. */
  @Override
  public List<MemberOf> organizationsOf(UUID accountId) {
    return em()
        .createQuery(
            "SELECT o.id, o.name, o.personal, o.createdAt, m.role FROM Membership m"
                + " JOIN Organization o ON o.id = m.organizationId WHERE m.accountId = :account"
                + " ORDER BY m.joinedAt, m.organizationId",
            Object[].class)
        .setParameter("account", accountId)
        .getResultList()
        .stream()
        .map(
            row ->
                new MemberOf(
                    new Organization(
                        (UUID) row[0], (String) row[1], (Boolean) row[2], (Instant) row[3]),
                    (OrganizationRole) row[4]))
        .toList();
  }

  @Override
  public Optional<Member> findMember(UUID organizationId, UUID accountId) {
    return MemberQueries.find(em(), organizationId, accountId);
  }

  @Override
  public List<Member> findMembers(UUID organizationId, Collection<UUID> accountIds) {
    return MemberQueries.findAll(em(), organizationId, accountIds);
  }

  @Override
  public List<Member> members(UUID organizationId, MemberCursor after, int limit) {
    return MemberQueries.page(em(), organizationId, after, limit);
  }

  @Override
  public List<Member> findMembersByEmail(UUID organizationId, Collection<String> emails) {
    return MemberQueries.findAllByEmail(em(), organizationId, emails);
  }

  @Override
  public Set<String> memberEmails(UUID organizationId, Collection<String> emails) {
    return MemberQueries.emails(em(), organizationId, emails);
  }

  @Override
  public int countMembers(UUID organizationId) {
    return MemberQueries.count(em(), organizationId);
  }

  @Override
  public Map<UUID, Integer> countMembers(Collection<UUID> organizationIds) {
    return MemberQueries.counts(em(), organizationIds);
  }

  @Override
  public int countOwners(UUID organizationId) {
    return MemberQueries.countOwners(em(), organizationId);
  }

  /**
   * One UPDATE per role and part of {@link InLists#SIZE} accounts, at most four for a thousand
   * changes. A membership that has the role already is not counted: it did not change.
   */
  @Override
  public int updateRoles(UUID organizationId, Map<UUID, OrganizationRole> roles) {
    Map<OrganizationRole, List<UUID>> byRole = new EnumMap<>(OrganizationRole.class);
    roles.forEach(
        (account, role) -> byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(account));
    EntityManager em = em();
    int changed = 0;
    for (Map.Entry<OrganizationRole, List<UUID>> entry : byRole.entrySet()) {
      for (List<UUID> part : InLists.of(entry.getValue())) {
        changed +=
            Writes.update(
                em,
                em.createQuery(
                        "UPDATE Membership m SET m.role = :role"
                            + " WHERE m.organizationId = :organization AND m.accountId IN :accounts"
                            + " AND m.role <> :role")
                    .setParameter("role", entry.getKey())
                    .setParameter("organization", organizationId)
                    .setParameter("accounts", part));
      }
    }
    return changed;
  }

  /** One DELETE per part of {@link InLists#SIZE} accounts. */
  @Override
  public int removeMembers(UUID organizationId, Collection<UUID> accountIds) {
    EntityManager em = em();
    int removed = 0;
    for (List<UUID> part : InLists.of(accountIds)) {
      removed +=
          Writes.update(
              em,
              em.createQuery(
                      "DELETE FROM Membership m"
                          + " WHERE m.organizationId = :organization AND m.accountId IN :accounts")
                  .setParameter("organization", organizationId)
                  .setParameter("accounts", part));
    }
    return removed;
  }

  private EntityManager em() {
    return transactions.entityManager();
  }

  private static Set<OrganizationRole> managingRoles() {
    Set<OrganizationRole> roles = EnumSet.noneOf(OrganizationRole.class);
    for (OrganizationRole role : OrganizationRole.values()) {
      if (role.managesBilling()) {
        roles.add(role);
      }
    }
    return Set.copyOf(roles);
  }
}
