package org.openlicensing.server.organizations;

import org.openlicensing.server.testing.ServerDatabase;

/** Bulk license exports, assignment files and revocations over HTTP, on embedded H2. */
class H2BulkLicensesHttpTest extends BulkLicensesHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
