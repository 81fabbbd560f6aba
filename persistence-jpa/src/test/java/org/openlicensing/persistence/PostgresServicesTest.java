package org.openlicensing.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.services.ServiceContracts;
import org.openlicensing.persistence.testing.PostgresDatabase;

/**
 * The core's service contracts, over the real repositories and their transactions, on PostgreSQL,
 * in one schema migrated for the class and emptied per test.
 */
class PostgresServicesTest extends ServiceContracts {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected Persistence emptyStore() {
    return DATABASE.emptyPersistence();
  }
}
