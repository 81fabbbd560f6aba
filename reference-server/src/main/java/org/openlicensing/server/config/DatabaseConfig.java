package org.openlicensing.server.config;

import java.util.Objects;

/** An external database to use instead of the embedded H2 file database. */
public record DatabaseConfig(String jdbcUrl, String user, String password) {
  public DatabaseConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  @Override
  public String toString() {
    return "DatabaseConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
  }
}
