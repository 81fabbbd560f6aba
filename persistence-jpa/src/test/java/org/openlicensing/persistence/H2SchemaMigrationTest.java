package org.openlicensing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.core.testing.TestData;

/** The migrations on the embedded database the reference server uses: an H2 file. */
class H2SchemaMigrationTest extends SchemaMigrationContract {
  @TempDir Path dataDirectory;
  private HikariDataSource dataSource;

  @Override
  DataSource emptyDatabase() {
    dataSource = open();
    return dataSource;
  }

  private HikariDataSource open() {
    return DataSources.create(DataSources.embeddedH2Url(dataDirectory), "sa", "");
  }

  @AfterEach
  void closePool() {
    if (dataSource != null) {
      dataSource.close();
    }
  }

  @Test
  void committedDataSurvivesClosingAndReopeningTheDatabase() {
    Organization organization = TestData.organization();
    try (HikariDataSource first = open();
        JpaPersistence persistence = JpaPersistence.start(first)) {
      persistence.transactions().run(() -> persistence.organizations().insert(organization));
    }
    // Closing the pool closed the last connection, and with it the database.

    try (HikariDataSource reopened = open();
        JpaPersistence persistence = JpaPersistence.start(reopened)) {
      assertThat(
              persistence
                  .transactions()
                  .inTransaction(() -> persistence.organizations().findById(organization.id())))
          .contains(organization);
    }
  }
}
