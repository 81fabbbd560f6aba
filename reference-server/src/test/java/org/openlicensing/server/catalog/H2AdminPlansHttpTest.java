package org.openlicensing.server.catalog;

import org.openlicensing.server.testing.ServerDatabase;

/** The catalog over HTTP, on the embedded H2 database. */
class H2AdminPlansHttpTest extends AdminPlansHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
