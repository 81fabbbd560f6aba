package org.openlicensing.server.admin;

import org.openlicensing.server.testing.ServerDatabase;

/** Admin user management and escalation, on the embedded H2 database. */
class H2AdminTest extends AdminContract {
  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }
}
