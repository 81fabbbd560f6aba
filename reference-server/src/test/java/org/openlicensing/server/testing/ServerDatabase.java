package org.openlicensing.server.testing;

import java.util.Map;
import org.openlicensing.persistence.testing.PostgresDatabase;

/** The database a test server runs on: embedded H2 in its data directory, or a PostgreSQL. */
public interface ServerDatabase {

  /** The configuration keys that select this database. */
  Map<String, String> environment();

  /** H2, as a newcomer runs it: no database keys at all. */
  ServerDatabase EMBEDDED_H2 = Map::of;

  /** The PostgreSQL schema the extension made for the running test class. */
  static ServerDatabase postgres(PostgresDatabase database) {
    return () ->
        Map.of(
            "LICENSING_DB_URL", database.jdbcUrl(),
            "LICENSING_DB_USER", database.user(),
            "LICENSING_DB_PASSWORD", database.password());
  }
}
