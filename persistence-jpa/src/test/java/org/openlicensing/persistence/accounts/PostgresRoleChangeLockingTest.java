package org.openlicensing.persistence.accounts;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.persistence.testing.TestDatabase;

class PostgresRoleChangeLockingTest extends RoleChangeLockingContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
