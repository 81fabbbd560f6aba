package org.openlicensing.server.accounts;

import org.openlicensing.server.testing.ServerDatabase;

/** Password reset and change, e-mail change, profile and sessions, on the embedded H2 database. */
class H2AccountFlowsTest extends AccountFlowsContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
