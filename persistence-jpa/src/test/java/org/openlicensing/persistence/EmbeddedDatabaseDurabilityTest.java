package org.openlicensing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the embedded database acknowledged survives the process being killed (kill -9): the
 * settings of {@link DataSources} write each commit to the file before the commit returns.
 */
class EmbeddedDatabaseDurabilityTest {
  private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

  @TempDir Path dataDirectory;

  @Test
  void everyAcknowledgedCommitSurvivesAKilledProcess() throws IOException, InterruptedException {
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedWriter.class.getName(),
                dataDirectory.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<UUID> acknowledged = new ArrayList<>();
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
      String line;
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = output.readLine()) != null) {
        if (line.startsWith(EmbeddedWriter.ACKNOWLEDGED)) {
          acknowledged.add(UUID.fromString(line.substring(EmbeddedWriter.ACKNOWLEDGED.length())));
        }
      }
      writer.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close of the database
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged).hasSize(ACKNOWLEDGED_BEFORE_KILL);

    try (HikariDataSource reopened =
            DataSources.create(DataSources.embeddedH2Url(dataDirectory), "sa", "");
        JpaPersistence persistence = JpaPersistence.start(reopened)) {
      List<UUID> lost =
          persistence
              .transactions()
              .inTransaction(
                  () ->
                      acknowledged.stream()
                          .filter(id -> persistence.organizations().findById(id).isEmpty())
                          .toList());
      assertThat(lost).as("acknowledged but lost").isEmpty();
    }
  }
}
