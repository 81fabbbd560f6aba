package org.openlicensing.server.licenses;

import org.openlicensing.server.testing.ServerDatabase;

class H2LicensePoliciesHttpTest extends LicensePoliciesHttpContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
