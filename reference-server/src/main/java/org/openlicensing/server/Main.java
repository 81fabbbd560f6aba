package org.openlicensing.server;

import org.openlicensing.server.config.ConfigException;
import org.openlicensing.server.config.ConfigReader;
import org.openlicensing.server.config.ServerConfig;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** {@code java -jar licensing-server.jar}: reads the environment, starts, stops on SIGTERM. */
public final class Main {
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
    LicensingServer server;
    try {
      server = LicensingServer.start(config);
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(Main.class).error("Start-up failed", e);
      System.err.println("Start-up failed: " + rootMessage(e));
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
    // Grizzly's threads are daemons: keep the JVM alive until the shutdown hook has run.
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
