package org.openlicensing.server.billing;

import org.openlicensing.server.testing.ServerDatabase;

/** Billing over HTTP, on the embedded H2 database. */
class H2BillingHttpTest extends BillingHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
