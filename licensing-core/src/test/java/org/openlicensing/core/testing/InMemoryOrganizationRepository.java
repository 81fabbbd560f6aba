package org.openlicensing.core.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.OrganizationRepository;

final class InMemoryOrganizationRepository implements OrganizationRepository {
  private final InMemoryTable<UUID, Organization> organizations;
  private final InMemoryTable<List<UUID>, Membership> memberships;

  InMemoryOrganizationRepository(InMemoryTransactions transactions) {
    this.organizations = transactions.table("organizations");
    this.memberships = transactions.table("memberships");
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
}
