package org.openlicensing.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.RepositoryContracts;
import org.openlicensing.persistence.testing.H2Database;

/** The repository contracts on H2, in one database migrated for the class and emptied per test. */
class H2RepositoryContractsTest extends RepositoryContracts {
  @RegisterExtension static final H2Database DATABASE = new H2Database();

  @Override
  protected Persistence emptyStore() {
    return DATABASE.emptyPersistence();
  }
}
