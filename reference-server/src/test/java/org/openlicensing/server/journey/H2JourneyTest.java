package org.openlicensing.server.journey;

import org.openlicensing.server.testing.ServerDatabase;

/** The journey on the embedded H2 database, as a newcomer first runs the server. */
class H2JourneyTest extends JourneyContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
