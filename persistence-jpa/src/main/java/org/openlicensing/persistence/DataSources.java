package org.openlicensing.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Connection pools for the two databases the library runs on: PostgreSQL and embedded H2. */
public final class DataSources {
  public static final int POOL_SIZE = 10;
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

  /**
   * What an H2 database needs to run the PostgreSQL migrations and behave like PostgreSQL where the
   * repositories rely on it. A row lock waits up to 10 s instead of failing at once, as PostgreSQL
   * waits; WRITE_DELAY=0 writes every commit to the file before the commit returns, so that an
   * acknowledged write survives a killed process.
   */
  private static final Map<String, String> H2_SETTINGS = h2Settings();

  private DataSources() {}

  /** A pool for the database at {@code jdbcUrl}; an H2 URL gets the settings it needs. */
  public static HikariDataSource create(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(isH2(jdbcUrl) ? withH2Settings(jdbcUrl) : jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName("licensing");
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    return new HikariDataSource(config);
  }

  /** The URL of the embedded database kept in {@code dataDirectory}, with the H2 settings. */
  public static String embeddedH2Url(Path dataDirectory) {
    Path file = dataDirectory.toAbsolutePath().normalize().resolve("licensing");
    return withH2Settings("jdbc:h2:file:" + file.toString().replace('\\', '/'));
  }

  /** Adds each H2 setting the URL does not set itself; settings it sets are kept as they are. */
  public static String withH2Settings(String jdbcUrl) {
    if (!isH2(jdbcUrl)) {
      throw new IllegalArgumentException("not an H2 URL: " + jdbcUrl);
    }
    String upper = jdbcUrl.toUpperCase(Locale.ROOT);
    StringBuilder url = new StringBuilder(jdbcUrl);
    H2_SETTINGS.forEach(
        (key, value) -> {
          if (!upper.contains(";" + key + "=")) {
            url.append(';').append(key).append('=').append(value);
          }
        });
    return url.toString();
  }

  static boolean isH2(String jdbcUrl) {
    return jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length());
  }

  private static Map<String, String> h2Settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("MODE", "PostgreSQL");
    settings.put("DATABASE_TO_LOWER", "TRUE");
    settings.put("DEFAULT_NULL_ORDERING", "HIGH");
    settings.put("LOCK_TIMEOUT", "10000");
    settings.put("WRITE_DELAY", "0");
    return settings;
  }
}
