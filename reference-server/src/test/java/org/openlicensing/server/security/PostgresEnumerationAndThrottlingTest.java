package org.openlicensing.server.security;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/** Enumeration resistance and throttling, on PostgreSQL. */
class PostgresEnumerationAndThrottlingTest extends EnumerationAndThrottlingContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }
}
