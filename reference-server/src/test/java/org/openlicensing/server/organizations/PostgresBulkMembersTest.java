package org.openlicensing.server.organizations;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/** Bulk invitations, role changes and removals over HTTP, on PostgreSQL. */
class PostgresBulkMembersTest extends BulkMembersContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  /** The schema of the second server, which sends no e-mail. */
  @RegisterExtension static final PostgresDatabase QUIET_DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }

  @Override
  protected ServerDatabase quietDatabase() {
    return ServerDatabase.postgres(QUIET_DATABASE);
  }
}
