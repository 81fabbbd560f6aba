package org.openlicensing.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.openlicensing.core.Licensing;
import org.openlicensing.server.LicensingServer;
import org.openlicensing.server.config.ConfigReader;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The real reference server, started in this JVM from the same configuration keys an operator sets,
 * on a free port, with its e-mail going to a real SMTP server.
 */
public final class TestServer implements AutoCloseable {
  public static final String ADMIN_EMAIL = "root-admin@example.test";
  public static final String ADMIN_PASSWORD = "Correct-Horse-Battery-9";

  private final LicensingServer server;
  private final ApiClient client;
  private final Path dataDirectory;

  static {
    // As Main does: Jersey and Grizzly log through java.util.logging, and the server's logback
    // configuration (levels, the silenced jersey#3700 warning) applies only once bridged.
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }

  private TestServer(LicensingServer server, Path dataDirectory) {
    this.server = server;
    this.dataDirectory = dataDirectory;
    // Tests speak to the server where it listens, which is its public URL unless one was set.
    this.client = new ApiClient(URI.create("http://localhost:" + server.port()));
  }

  public static TestServer start(ServerDatabase database, int smtpPort) {
    return start(database, smtpPort, Map.of());
  }

  public static TestServer start(ServerDatabase database, int smtpPort, Map<String, String> extra) {
    return start(database, smtpPort, extra, builder -> {});
  }

  /**
   * With the library's assembly changed, such as a clock the test moves, or handlers of its own.
   */
  public static TestServer start(
      ServerDatabase database,
      int smtpPort,
      Map<String, String> extra,
      Consumer<Licensing.Builder> customization) {
    Path data;
    try {
      data = Files.createTempDirectory("licensing-test-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> env = new HashMap<>();
    env.put("LICENSING_HTTP_HOST", "127.0.0.1");
    env.put("LICENSING_HTTP_PORT", "0");
    env.put("LICENSING_DATA_DIR", data.toString());
    env.put("LICENSING_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("LICENSING_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("LICENSING_DEMO", "true");
    // Test clients send X-Forwarded-For with addresses of their own, as behind a proxy.
    env.put("LICENSING_TRUSTED_PROXIES", "127.0.0.1, ::1");
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", Integer.toString(smtpPort));
    env.put("SMTP_TLS", "none");
    env.put("MAIL_FROM", "OpenLicensing Tests <noreply@example.test>");
    env.putAll(database.environment());
    env.putAll(extra);
    return new TestServer(LicensingServer.start(ConfigReader.read(env), customization), data);
  }

  public ApiClient api() {
    return client;
  }

  public LicensingServer server() {
    return server;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void close() {
    server.stop();
  }
}
