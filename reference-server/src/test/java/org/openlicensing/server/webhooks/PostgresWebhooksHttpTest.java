package org.openlicensing.server.webhooks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ServerDatabase;

/** Stripe webhooks over HTTP, on PostgreSQL. */
class PostgresWebhooksHttpTest extends WebhooksHttpContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.postgres(DATABASE);
  }

  @Override
  protected Connection connect() throws SQLException {
    return DriverManager.getConnection(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password());
  }
}
