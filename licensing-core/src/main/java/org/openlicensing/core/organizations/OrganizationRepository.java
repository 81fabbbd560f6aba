package org.openlicensing.core.organizations;

import java.time.Instant;
import java.util.Collection;
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

/** Where organizations, their billing details and their members are kept. */
public interface OrganizationRepository {

  void insert(Organization organization);

  Optional<Organization> findById(UUID id);

  /**
   * Finds an organization and locks it until the transaction ends. Every change of members or roles
   * takes this lock first, so that two admins removing the last two owners at once, on any server,
   * take turns and the second one sees that only one owner is left.
   */
  Optional<Organization> lock(UUID id);

  void rename(UUID id, String name);

  Optional<BillingDetails> findBillingDetails(UUID organizationId);

  /** Stores the billing details, replacing any the organization had. */
  void saveBillingDetails(UUID organizationId, BillingDetails details);

  /** Adds a member; an account is a member of an organization at most once. */
  void addMember(Membership membership);

  Optional<OrganizationRole> roleOf(UUID organizationId, UUID accountId);

  /** The organizations in which the account may buy and see every license. */
  List<UUID> managedBy(UUID accountId);

  /** Every membership of the account, in the order it joined. */
  List<Membership> membershipsOf(UUID accountId);

  /** The organizations the account is a member of, with its role, in the order it joined. */
  List<MemberOf> organizationsOf(UUID accountId);

  Optional<Member> findMember(UUID organizationId, UUID accountId);

  /** The members among the given accounts, in no particular order. */
  List<Member> findMembers(UUID organizationId, Collection<UUID> accountIds);

  /** The members by when they joined, then by account id, after the cursor (null for the first). */
  List<Member> members(UUID organizationId, MemberCursor after, int limit);

  /** The members whose addresses, in lower case, are among the given ones; in no order. */
  List<Member> findMembersByEmail(UUID organizationId, Collection<String> emails);

  /** Which of the addresses, in lower case, belong to members. */
  Set<String> memberEmails(UUID organizationId, Collection<String> emails);

  int countMembers(UUID organizationId);

  /** How many members each organization has; organizations without members are left out. */
  Map<UUID, Integer> countMembers(Collection<UUID> organizationIds);

  int countOwners(UUID organizationId);

  /** Gives each account its new role; returns how many memberships changed. */
  int updateRoles(UUID organizationId, Map<UUID, OrganizationRole> roles);

  /** Ends the accounts' memberships; returns how many there were. */
  int removeMembers(UUID organizationId, Collection<UUID> accountIds);

  /** An organization with one account's role in it. */
  record MemberOf(Organization organization, OrganizationRole role) {}

  /** Where a page of members ended. */
  record MemberCursor(Instant joinedAt, UUID accountId) {}
}
