package org.openlicensing.server.billing;

import org.openlicensing.server.testing.ServerDatabase;

/** Stripe mode over HTTP, on the embedded H2 database. */
class H2StripeModeHttpTest extends StripeModeHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
