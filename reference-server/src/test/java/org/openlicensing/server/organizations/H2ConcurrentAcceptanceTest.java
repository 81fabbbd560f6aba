package org.openlicensing.server.organizations;

import org.openlicensing.server.testing.ServerDatabase;

/**
 * Concurrent acceptances of one invitation, and owners racing each other, on the embedded H2
 * database.
 */
class H2ConcurrentAcceptanceTest extends ConcurrentAcceptanceContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
