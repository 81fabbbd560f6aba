package org.openlicensing.server.catalog;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/** The catalog over HTTP, on PostgreSQL. */
class PostgresAdminPlansHttpTest extends AdminPlansHttpContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }
}
