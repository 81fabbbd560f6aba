package org.openlicensing.server.security;

import org.openlicensing.server.testing.ServerDatabase;

/** Enumeration resistance and throttling, on the embedded H2 database. */
class H2EnumerationAndThrottlingTest extends EnumerationAndThrottlingContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
