package org.openlicensing.server.organizations;

import org.openlicensing.server.testing.ServerDatabase;

/**
 * The sweep of every endpoint that takes an id, with another tenant's ids, on the embedded H2
 * database.
 */
class H2TenantIsolationSweepTest extends TenantIsolationSweepContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
