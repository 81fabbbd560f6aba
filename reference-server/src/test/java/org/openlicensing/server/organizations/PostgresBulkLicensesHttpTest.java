package org.openlicensing.server.organizations;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/** Bulk license exports, assignment files and revocations over HTTP, on PostgreSQL. */
class PostgresBulkLicensesHttpTest extends BulkLicensesHttpContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }
}
