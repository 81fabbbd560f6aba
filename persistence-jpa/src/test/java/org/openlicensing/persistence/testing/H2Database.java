package org.openlicensing.persistence.testing;

import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openlicensing.persistence.DataSources;

/**
 * A private in-memory H2 database for one test class, with the settings of {@link DataSources}.
 * Register it on a static field: {@code @RegisterExtension static final H2Database DATABASE = new
 * H2Database();}. The database lives while the class's pool is open.
 */
public final class H2Database extends TestDatabase implements BeforeAllCallback, AfterAllCallback {
  private String owner;
  private String url;

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    // Nested classes inherit the extension; only the class that registered it sets up.
    if (owner == null) {
      owner = context.getUniqueId();
      url = DataSources.withH2Settings("jdbc:h2:mem:licensing-" + UUID.randomUUID());
    }
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (context.getUniqueId().equals(owner)) {
      closeConnections();
      owner = null;
      url = null;
    }
  }

  @Override
  public synchronized String jdbcUrl() {
    if (url == null) {
      throw new IllegalStateException("the H2 database exists only while its test class runs");
    }
    return url;
  }

  @Override
  public String user() {
    return "sa";
  }

  @Override
  public String password() {
    return "";
  }

  @Override
  public String blockedSessionsQuery() {
    return "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL";
  }

  @Override
  protected String statementsInProgressQuery() {
    return "SELECT COUNT(*) FROM information_schema.sessions WHERE executing_statement LIKE ?";
  }
}
