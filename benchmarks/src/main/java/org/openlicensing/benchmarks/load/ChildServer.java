package org.openlicensing.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server of the load run in a JVM of its own, started from this very jar. */
final class ChildServer implements AutoCloseable {
  /**
   * The same options for both servers; {@code -Dbench.server.jvmArgs="..."} adds more to both, with
   * {@code {kind}} replaced by {@code licensing} or {@code bare} (a profiler, for instance: {@code
   * -XX:StartFlightRecording=settings=profile,filename=/tmp/{kind}.jfr}).
   */
  static final List<String> JVM_OPTIONS = jvmOptions();

  private static List<String> jvmOptions() {
    List<String> options = new ArrayList<>(List.of("-Xms512m", "-Xmx1g"));
    String extra = System.getProperty("bench.server.jvmArgs", "").strip();
    if (!extra.isEmpty()) {
      options.addAll(List.of(extra.split("\\s+")));
    }
    return List.copyOf(options);
  }

  private final String kind;
  private final int port;
  private final Process process;
  private final Path log;

  private ChildServer(String kind, int port, Process process, Path log) {
    this.kind = kind;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  static ChildServer start(String kind, Path logDirectory, Map<String, String> environment) {
    int port = freePort();
    Path log = logDirectory.resolve(kind + "-server.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    JVM_OPTIONS.forEach(option -> command.add(option.replace("{kind}", kind)));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerUnderTest.class.getName());
    command.add(kind);
    command.add(Integer.toString(port));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    try {
      Files.createDirectories(logDirectory);
      return new ChildServer(kind, port, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the " + kind + " server", e);
    }
  }

  /** Waits until the server answers HTTP at all (any status). */
  void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the " + kind + " server stopped at start-up; see " + log.toAbsolutePath());
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(base().resolve("/v1/plans"))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() > 0 && logSays("READY")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "the " + kind + " server was not ready in " + timeout + "; see " + log.toAbsolutePath());
  }

  private boolean logSays(String text) {
    try {
      return Files.readString(log).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  URI base() {
    return ServerUnderTest.base(port);
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** CPU time the server's JVM has used so far, all threads (GC and JIT included). */
  Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  Path log() {
    return log;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
