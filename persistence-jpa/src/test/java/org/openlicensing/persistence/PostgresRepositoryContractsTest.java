package org.openlicensing.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.RepositoryContracts;
import org.openlicensing.persistence.testing.PostgresDatabase;

/**
 * The repository contracts on PostgreSQL, in one schema migrated for the class and emptied per
 * test.
 */
class PostgresRepositoryContractsTest extends RepositoryContracts {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected Persistence emptyStore() {
    return DATABASE.emptyPersistence();
  }
}
