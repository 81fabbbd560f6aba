package org.openlicensing.server.usage;

import org.openlicensing.server.testing.ServerDatabase;

/** Usage metering over HTTP, on the embedded H2 database. */
class H2UsageHttpTest extends UsageHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
