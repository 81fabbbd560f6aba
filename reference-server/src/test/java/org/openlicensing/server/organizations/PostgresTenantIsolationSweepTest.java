package org.openlicensing.server.organizations;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/** The sweep of every endpoint that takes an id, with another tenant's ids, on PostgreSQL. */
class PostgresTenantIsolationSweepTest extends TenantIsolationSweepContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }
}
