package org.openlicensing.server.usage;

import org.openlicensing.server.testing.ServerDatabase;

/** Usage to Stripe meters over HTTP, on the embedded H2 database. */
class H2UsageMeterHttpTest extends UsageMeterHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
