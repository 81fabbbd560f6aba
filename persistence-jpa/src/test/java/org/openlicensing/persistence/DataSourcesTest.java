package org.openlicensing.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourcesTest {

  @Test
  void h2UrlGetsTheSettingsTheSchemaAndTheRepositoriesNeed() {
    String url = DataSources.withH2Settings("jdbc:h2:mem:test");

    assertThat(url)
        .startsWith("jdbc:h2:mem:test;")
        .contains(";MODE=PostgreSQL")
        .contains(";DATABASE_TO_LOWER=TRUE")
        .contains(";DEFAULT_NULL_ORDERING=HIGH")
        .contains(";LOCK_TIMEOUT=10000")
        .contains(";WRITE_DELAY=0");
  }

  @Test
  void settingsTheUrlHasAlreadyAreKept() {
    String url = DataSources.withH2Settings("jdbc:h2:mem:test;lock_timeout=500");

    assertThat(url).contains(";lock_timeout=500").doesNotContain("LOCK_TIMEOUT=10000");
  }

  @Test
  void onlyH2UrlsTakeH2Settings() {
    assertThatThrownBy(() -> DataSources.withH2Settings("jdbc:postgresql://localhost/db"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void embeddedUrlIsTheLicensingFileOfTheDataDirectoryWithTheSettings(@TempDir Path directory) {
    String url = DataSources.embeddedH2Url(directory);

    assertThat(url)
        .startsWith("jdbc:h2:file:" + directory.toAbsolutePath() + "/licensing;")
        .contains(";MODE=PostgreSQL");
  }

  @Test
  void poolOnTheEmbeddedDatabaseRunsWithTheSettings(@TempDir Path directory) throws SQLException {
    try (HikariDataSource pool =
        DataSources.create(DataSources.embeddedH2Url(directory), "sa", "")) {
      assertThat(pool.getMaximumPoolSize()).isEqualTo(DataSources.POOL_SIZE);
      assertThat(pool.getPoolName()).isEqualTo("licensing");
      assertThat(settings(pool))
          .containsEntry("MODE", "PostgreSQL")
          .containsEntry("DATABASE_TO_LOWER", "true")
          .containsEntry("DEFAULT_NULL_ORDERING", "HIGH")
          .containsEntry("WRITE_DELAY", "0");
      assertThat(lockTimeout(pool)).isEqualTo(10_000);
    }
  }

  /** The lock timeout is a setting of each session, not of the database. */
  private static int lockTimeout(HikariDataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static Map<String, String> settings(HikariDataSource pool) throws SQLException {
    Map<String, String> settings = new HashMap<>();
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT setting_name, setting_value FROM information_schema.settings")) {
      while (rows.next()) {
        settings.put(rows.getString(1), rows.getString(2));
      }
    }
    return settings;
  }
}
