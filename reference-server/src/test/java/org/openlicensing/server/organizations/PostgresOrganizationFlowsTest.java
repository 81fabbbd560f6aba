package org.openlicensing.server.organizations;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/**
 * Organizations over HTTP: invitations, the last owner, licenses of leavers, audit, on PostgreSQL.
 */
class PostgresOrganizationFlowsTest extends OrganizationFlowsContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }
}
