package org.openlicensing.core.testing;

import org.openlicensing.core.persistence.Persistence;

/** The repository contracts on the in-memory store, a new one for every test. */
class InMemoryPersistenceTest extends RepositoryContracts {
  @Override
  protected Persistence emptyStore() {
    return new InMemoryPersistence();
  }
}
