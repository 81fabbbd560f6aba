package org.openlicensing.server.jobs;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;

/** Recurring jobs on PostgreSQL. */
class PostgresBackgroundJobsTest extends BackgroundJobsContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  protected DataSource dataSource() {
    return DATABASE.dataSource();
  }
}
