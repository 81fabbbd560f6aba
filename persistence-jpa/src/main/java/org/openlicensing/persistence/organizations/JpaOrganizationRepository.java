package org.openlicensing.persistence.organizations;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

public final class JpaOrganizationRepository implements OrganizationRepository {
  private static final Set<OrganizationRole> MANAGING = managingRoles();

  private final JpaTransactions transactions;

  public JpaOrganizationRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(Organization organization) {
    Writes.insert(transactions.entityManager(), OrganizationEntity.of(organization));
  }

  @Override
  public Optional<Organization> findById(UUID id) {
    return Optional.ofNullable(transactions.entityManager().find(OrganizationEntity.class, id))
        .map(OrganizationEntity::toOrganization);
  }

  @Override
  public void addMember(Membership membership) {
    Writes.insert(transactions.entityManager(), MembershipEntity.of(membership));
  }

  @Override
  public Optional<OrganizationRole> roleOf(UUID organizationId, UUID accountId) {
    return Optional.ofNullable(
            transactions
                .entityManager()
                .find(MembershipEntity.class, new MembershipEntity.Key(organizationId, accountId)))
        .map(MembershipEntity::role);
  }

  @Override
  public List<UUID> managedBy(UUID accountId) {
    return transactions
        .entityManager()
        .createQuery(
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
    return transactions
        .entityManager()
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
