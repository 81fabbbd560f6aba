package org.openlicensing.api.organizations;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/**
 * The members of an organization and their roles. Every member sees the members; owners and admins
 * change roles and remove members, but only an owner makes or unmakes an owner. An organization
 * always keeps an owner: its last owner can neither leave, nor be removed, nor lose the role. A
 * member who leaves or is removed loses the organization's licenses assigned to it, and their
 * devices are deactivated. Every change is audited.
 */
public interface MemberService {

  /** The members, by when they joined, {@code limit} at a time. */
  Page<Member> list(Caller caller, UUID organizationId, String cursor, int limit);

  Member changeRole(
      Caller caller, UUID organizationId, UUID accountId, OrganizationRole role, ClientInfo client);

  MemberRemoval remove(Caller caller, UUID organizationId, UUID accountId, ClientInfo client);

  /** The calling account leaves the organization; not its personal one. */
  MemberRemoval leave(Caller caller, UUID organizationId, ClientInfo client);

  /**
   * An owner hands ownership to another member: that member becomes an owner and the caller an
   * admin, in one step.
   */
  Member transferOwnership(Caller caller, UUID organizationId, UUID newOwnerId, ClientInfo client);

  /** Up to 1,000 role changes, each reported; the lines that fail change nothing. */
  BulkReport changeRoles(
      Caller caller, UUID organizationId, List<RoleChange> changes, ClientInfo client);

  /** Removes up to 1,000 members, each reported. */
  BulkReport removeAll(
      Caller caller, UUID organizationId, List<UUID> accountIds, ClientInfo client);
}
