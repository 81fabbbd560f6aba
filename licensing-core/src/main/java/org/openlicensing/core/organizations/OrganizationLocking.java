package org.openlicensing.core.organizations;

import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationPermission;

/**
 * Every change of an organization's members, roles and invitations starts here: it locks the
 * organization's row, so that concurrent changes take turns on any number of servers and rules such
 * as "the last owner stays" see a settled state; bulk changes of its licenses take it too. Runs in
 * the caller's transaction.
 */
public final class OrganizationLocking {
  private final OrganizationAccess access;
  private final OrganizationRepository organizations;

  public OrganizationLocking(OrganizationAccess access, OrganizationRepository organizations) {
    this.access = access;
    this.organizations = organizations;
  }

  /**
   * Checks the caller's standing, locks the organization, and checks again under the lock, in case
   * a concurrent change took the caller's role away. The first check keeps callers with no standing
   * from locking another tenant's row.
   */
  public Locked lockFor(Caller caller, UUID organizationId, OrganizationPermission permission) {
    access.require(caller, organizationId, permission);
    Organization organization =
        organizations
            .lock(organizationId)
            .orElseThrow(() -> LicensingException.notFound("organization"));
    return new Locked(organization, access.require(caller, organizationId, permission));
  }

  /** The locked organization and the caller's standing in it. */
  public record Locked(Organization organization, OrganizationAccess.Standing standing) {
    void requireNotPersonal(String what) {
      if (organization.personal()) {
        throw new LicensingException(
            ErrorCode.PERSONAL_ORGANIZATION, "a personal organization " + what);
      }
    }
  }
}
