package org.openlicensing.server.webhooks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.openlicensing.persistence.DataSources;
import org.openlicensing.server.testing.ServerDatabase;

/** Stripe webhooks over HTTP, on the embedded H2 database. */
class H2WebhooksHttpTest extends WebhooksHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }

  /** The server's own file database; H2 lets connections of the same process share it. */
  @Override
  protected Connection connect() throws SQLException {
    return DriverManager.getConnection(DataSources.embeddedH2Url(server.dataDirectory()), "sa", "");
  }
}
