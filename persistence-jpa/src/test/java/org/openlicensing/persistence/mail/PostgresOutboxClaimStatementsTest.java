package org.openlicensing.persistence.mail;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.persistence.testing.TestDatabase;

class PostgresOutboxClaimStatementsTest extends OutboxClaimStatementsContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
