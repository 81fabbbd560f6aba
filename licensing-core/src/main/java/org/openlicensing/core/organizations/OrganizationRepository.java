package org.openlicensing.core.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;

/** Where organizations and their members are kept. */
public interface OrganizationRepository {

  void insert(Organization organization);

  Optional<Organization> findById(UUID id);

  /** Adds a member; an account is a member of an organization at most once. */
  void addMember(Membership membership);

  Optional<OrganizationRole> roleOf(UUID organizationId, UUID accountId);

  /** The organizations in which the account may buy and see every license. */
  List<UUID> managedBy(UUID accountId);

  /** Every membership of the account. */
  List<Membership> membershipsOf(UUID accountId);
}
