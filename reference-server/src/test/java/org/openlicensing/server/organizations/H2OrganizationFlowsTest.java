package org.openlicensing.server.organizations;

import org.openlicensing.server.testing.ServerDatabase;

/**
 * Organizations over HTTP: invitations, the last owner, licenses of leavers, audit, on the embedded
 * H2 database.
 */
class H2OrganizationFlowsTest extends OrganizationFlowsContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
