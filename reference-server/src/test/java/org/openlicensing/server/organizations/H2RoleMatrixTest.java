package org.openlicensing.server.organizations;

import org.openlicensing.server.testing.ServerDatabase;

/** Every role against every action of an organization, on the embedded H2 database. */
class H2RoleMatrixTest extends RoleMatrixContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
