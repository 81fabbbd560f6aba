package org.openlicensing.server;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openlicensing.server.config.ConfigException;
import org.openlicensing.server.config.ConfigReader;
import org.openlicensing.server.config.ServerConfig;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** {@code java -jar licensing-server.jar}: reads the environment, starts, stops on SIGTERM. */
public final class Main {
  /** How long a shutdown waits for a start-up in progress, which migrations may lengthen. */
  private static final Duration START_WAIT = Duration.ofMinutes(2);

  private Main() {}

  public static void main(String[] args) {
    ServerConfig config;
    try {
      config = ConfigReader.read(System.getenv());
    } catch (ConfigException e) {
      // One line that names the key; no stack trace for a typo.
      System.err.println("Configuration error: " + e.getMessage());
      System.exit(2);
      return;
    }
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    // The hook is in place before start-up: a SIGTERM that comes while the server starts (or just
    // as it announces it is ready) waits for the start to finish and then stops it gracefully,
    // rather than finding the JVM already shutting down when the hook is added.
    AtomicReference<LicensingServer> running = new AtomicReference<>();
    CountDownLatch startFinished = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stopWhenStarted(running, startFinished), "shutdown"));
    try {
      running.set(LicensingServer.start(config));
    } catch (RuntimeException e) {
      startFinished.countDown();
      LoggerFactory.getLogger(Main.class).error("Start-up failed", e);
      System.err.println("Start-up failed: " + rootMessage(e));
      System.exit(1);
      return;
    } finally {
      startFinished.countDown();
    }
    // Grizzly's threads are daemons: keep the JVM alive until the shutdown hook has run.
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void stopWhenStarted(
      AtomicReference<LicensingServer> running, CountDownLatch startFinished) {
    try {
      if (!startFinished.await(START_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    LicensingServer server = running.get();
    if (server != null) {
      server.stop();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return e.getMessage() + (root != e ? " (" + root.getMessage() + ")" : "");
  }
}
