package org.openlicensing.persistence.usage;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.H2Database;
import org.openlicensing.persistence.testing.TestDatabase;

class H2UsageRaceTest extends UsageRaceContract {
  @RegisterExtension static final H2Database DATABASE = new H2Database();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
