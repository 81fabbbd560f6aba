package org.openlicensing.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.core.testing.TestData;

/**
 * A process that stores organizations in the embedded database of the directory it is given, one
 * transaction each, and prints the id of each one once its commit has returned: what a server
 * acknowledges. {@link EmbeddedDatabaseDurabilityTest} kills it.
 */
final class EmbeddedWriter {
  /** Starts the line of an acknowledged id; the process's log may print other lines. */
  static final String ACKNOWLEDGED = "acknowledged ";

  private EmbeddedWriter() {}

  public static void main(String[] args) {
    HikariDataSource dataSource =
        DataSources.create(DataSources.embeddedH2Url(Path.of(args[0])), "sa", "");
    JpaPersistence persistence = JpaPersistence.start(dataSource);
    while (true) {
      Organization organization = TestData.organization();
      persistence.transactions().run(() -> persistence.organizations().insert(organization));
      System.out.println(ACKNOWLEDGED + organization.id());
      System.out.flush();
    }
  }
}
