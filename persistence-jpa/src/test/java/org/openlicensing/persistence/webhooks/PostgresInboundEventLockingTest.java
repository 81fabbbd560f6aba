package org.openlicensing.persistence.webhooks;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.persistence.testing.TestDatabase;

class PostgresInboundEventLockingTest extends InboundEventLockingContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
