package org.openlicensing.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the migrations in {@code db/migration}, the same files on
 * PostgreSQL and H2. Safe to run from several servers at once: Flyway locks its history table.
 */
public final class SchemaMigration {
  public static final String LOCATION = "classpath:db/migration";

  private SchemaMigration() {}

  /** Applies the pending migrations; returns how many were applied. */
  public static int migrate(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(LOCATION)
            .failOnMissingLocations(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }
}
