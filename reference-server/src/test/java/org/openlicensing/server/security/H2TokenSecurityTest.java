package org.openlicensing.server.security;

import org.openlicensing.server.testing.ServerDatabase;

/** Negative access tokens, on the embedded H2 database. */
class H2TokenSecurityTest extends TokenSecurityContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
