package org.openlicensing.server.apikeys;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/** API keys over HTTP, on PostgreSQL. */
class PostgresApiKeysHttpTest extends ApiKeysHttpContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }
}
