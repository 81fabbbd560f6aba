package org.openlicensing.server.licenses;

import org.openlicensing.server.testing.ServerDatabase;

class H2OfflineFilesHttpTest extends OfflineFilesHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
