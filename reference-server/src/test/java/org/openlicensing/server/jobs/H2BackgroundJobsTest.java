package org.openlicensing.server.jobs;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.H2Database;

/** Recurring jobs on H2. */
class H2BackgroundJobsTest extends BackgroundJobsContract {
  @RegisterExtension static final H2Database DATABASE = new H2Database();

  @Override
  protected DataSource dataSource() {
    return DATABASE.dataSource();
  }
}
