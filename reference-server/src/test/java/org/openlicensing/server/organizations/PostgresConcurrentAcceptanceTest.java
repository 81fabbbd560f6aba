package org.openlicensing.server.organizations;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/** Concurrent acceptances of one invitation, and owners racing each other, on PostgreSQL. */
class PostgresConcurrentAcceptanceTest extends ConcurrentAcceptanceContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }
}
