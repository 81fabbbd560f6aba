package org.openlicensing.server.concurrency;

import org.openlicensing.server.testing.ServerDatabase;

class H2DeviceLimitRaceTest extends DeviceLimitRaceContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
