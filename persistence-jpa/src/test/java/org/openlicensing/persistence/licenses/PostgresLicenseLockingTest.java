package org.openlicensing.persistence.licenses;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.persistence.testing.TestDatabase;

class PostgresLicenseLockingTest extends LicenseLockingContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
