package org.openlicensing.server.organizations;

import org.openlicensing.server.testing.ServerDatabase;

/** Bulk invitations, role changes and removals over HTTP, on the embedded H2 database. */
class H2BulkMembersTest extends BulkMembersContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }

  @Override
  protected ServerDatabase quietDatabase() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
