package org.openlicensing.server.organizations;

import org.openlicensing.server.testing.ServerDatabase;

class H2LicenseTransferHttpTest extends LicenseTransferHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
