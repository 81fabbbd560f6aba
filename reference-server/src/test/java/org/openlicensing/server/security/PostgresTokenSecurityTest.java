package org.openlicensing.server.security;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/** Negative access tokens, on PostgreSQL. */
class PostgresTokenSecurityTest extends TokenSecurityContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }
}
