package org.openlicensing.server.apikeys;

import org.openlicensing.server.testing.ServerDatabase;

/** API keys over HTTP, on the embedded H2 database. */
class H2ApiKeysHttpTest extends ApiKeysHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
