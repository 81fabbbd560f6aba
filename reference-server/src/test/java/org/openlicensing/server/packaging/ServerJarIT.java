package org.openlicensing.server.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as an operator uses it: {@code java -jar} with environment variables, run after
 * the package phase. Start-up, a refused configuration, and a graceful stop on SIGTERM.
 */
class ServerJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("licensing.server.jar", "target/licensing-server.jar"));

  @TempDir Path data;

  private Process start(Map<String, String> env, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(List.of(javaBinary(), "-Xmx128m", "-jar", JAR.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("LICENSING_") || k.startsWith("SMTP_"));
    builder.environment().putAll(env);
    return builder.start();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void aBadValueStopsStartUpWithOneLineNamingTheKey() throws Exception {
    Path log = data.resolve("out.log");
    Process process =
        start(Map.of("LICENSING_HTTP_PORT", "eighty", "LICENSING_DATA_DIR", data.toString()), log);

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("Configuration error: LICENSING_HTTP_PORT ");
  }

  @Test
  void theJarStartsOnEmbeddedH2InASmallHeapAndStopsGracefully() throws Exception {
    int port = freePort();
    Path log = data.resolve("out.log");
    long started = System.nanoTime();
    Process process =
        start(
            Map.of(
                "LICENSING_HTTP_PORT", Integer.toString(port),
                "LICENSING_DATA_DIR", data.resolve("data").toString()),
            log);
    try {
      HttpClient http = HttpClient.newHttpClient();
      URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      int status = 0;
      while (status != 200 && System.nanoTime() < deadline && process.isAlive()) {
        try {
          status =
              http.send(
                      HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                  .statusCode();
        } catch (IOException notYet) {
          Thread.sleep(50);
        }
      }
      long readyMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      assertThat(status).as("ready; log: %s", Files.readString(log)).isEqualTo(200);
      System.out.printf(
          "licensing-server.jar: start to ready %d ms, jar %d bytes%n",
          readyMillis, Files.size(JAR));
      assertThat(Files.readString(log)).contains("generated password");
      assertThat(data.resolve("data").resolve("keys")).isDirectory();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("data"))))
          .isEqualTo("rwx------");
      assertThat(data.resolve("data").resolve("licensing.mv.db")).exists();
    } finally {
      process.destroy();
    }
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(log)).contains("OpenLicensing stopped");
  }

  @Test
  void aSigtermDuringStartUpLetsTheStartFinishAndThenStopsGracefully() throws Exception {
    Path log = data.resolve("early.log");
    Process process =
        start(
            Map.of(
                "LICENSING_HTTP_PORT", Integer.toString(freePort()),
                "LICENSING_DATA_DIR", data.resolve("early").toString()),
            log);
    try {
      // The first key is written early in start-up, well before the server is ready.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!Files.readString(log).contains("Created signing key")
          && System.nanoTime() < deadline
          && process.isAlive()) {
        Thread.sleep(10);
      }
      assertThat(Files.readString(log)).contains("Created signing key");
      assertThat(Files.readString(log)).doesNotContain("OpenLicensing ready");
    } finally {
      process.destroy();
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(log);
    assertThat(output).contains("OpenLicensing stopped").doesNotContain("Shutdown in progress");
  }
}
