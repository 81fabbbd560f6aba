package org.openlicensing.core.services;

import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.InMemoryPersistence;

/** The service contracts on the in-memory store; persistence-jpa runs them on H2 and PostgreSQL. */
class InMemoryServicesTest extends ServiceContracts {
  @Override
  protected Persistence emptyStore() {
    return new InMemoryPersistence();
  }
}
