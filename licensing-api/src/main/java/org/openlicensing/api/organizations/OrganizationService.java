package org.openlicensing.api.organizations;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/**
 * Organizations, the customers that hold subscriptions and licenses. Every account owns a personal
 * one from sign-up and may create team and enterprise ones, which it owns. To a caller with no
 * standing in an organization, it is NOT_FOUND, exactly like one that does not exist.
 */
public interface OrganizationService {

  /** Creates a team or enterprise organization owned by the calling account. */
  OrganizationView create(Caller caller, NewOrganization request, ClientInfo client);

  /** The organizations the calling account is a member of, in the order it joined them. */
  List<OrganizationView> list(Caller caller);

  /** One organization, for its members, its API keys and platform admins. */
  OrganizationView get(Caller caller, UUID organizationId);

  OrganizationView update(
      Caller caller, UUID organizationId, OrganizationUpdate update, ClientInfo client);
}
