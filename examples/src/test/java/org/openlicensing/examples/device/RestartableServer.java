package org.openlicensing.examples.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.TestServer;

/**
 * The reference server on one port and one data directory, so that it can be stopped and started
 * again with the same database, signing keys and public URL, as an operator restarts it.
 */
final class RestartableServer {
  private final Path dataDirectory;
  private final int smtpPort;
  private final int port;

  RestartableServer(Path dataDirectory, int smtpPort) {
    this.dataDirectory = dataDirectory;
    this.smtpPort = smtpPort;
    this.port = freePort();
  }

  TestServer start() {
    return TestServer.start(
        ServerDatabase.EMBEDDED_H2,
        smtpPort,
        Map.of(
            "LICENSING_DATA_DIR", dataDirectory.toString(),
            "LICENSING_HTTP_PORT", Integer.toString(port)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
