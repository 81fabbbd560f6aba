package org.openlicensing.persistence.organizations;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.H2Database;
import org.openlicensing.persistence.testing.TestDatabase;

class H2OrganizationLockingTest extends OrganizationLockingContract {
  @RegisterExtension static final H2Database DATABASE = new H2Database();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
