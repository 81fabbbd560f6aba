package org.openlicensing.server.keys;

import org.openlicensing.server.testing.ServerDatabase;

/** Key rotation over HTTP, on the embedded H2 database. */
class H2KeyRotationHttpTest extends KeyRotationHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
