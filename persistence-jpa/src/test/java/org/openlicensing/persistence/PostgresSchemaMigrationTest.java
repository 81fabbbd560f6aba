package org.openlicensing.persistence;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;

/** The migrations on PostgreSQL, each test in a schema of its own. */
class PostgresSchemaMigrationTest extends SchemaMigrationContract {
  @RegisterExtension final PostgresDatabase database = new PostgresDatabase();

  @Override
  DataSource emptyDatabase() {
    return database.dataSource();
  }
}
