package org.openlicensing.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.openlicensing.server.LicensingServer;
import org.openlicensing.server.config.ConfigReader;
import org.openlicensing.server.http.Http11Only;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The two servers of the load run, each started the same way: {@code java -cp benchmarks.jar
 * ...ServerUnderTest licensing|bare <port>}, same JVM options, same Jersey and Grizzly jars.
 *
 * <ul>
 *   <li>{@code licensing}: the reference server as {@code java -jar licensing-server.jar} starts
 *       it: configuration from the environment (the load run raises the activation limits there,
 *       see {@link LoadSuite#SERVER_CONFIGURATION}), embedded H2, the server's own rate limiter.
 *   <li>{@code bare}: Jersey on Grizzly with the same listener settings (worker threads, HTTP/1.1
 *       only) and Jackson, serving {@link BareEndpoints}.
 * </ul>
 */
public final class ServerUnderTest {
  /** As the reference server's listener has them. */
  private static final int WORKER_THREADS = 32;

  private ServerUnderTest() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: ServerUnderTest licensing|bare <port>");
      System.exit(2);
    }
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    int port = Integer.parseInt(args[1]);
    Runnable stop =
        switch (args[0]) {
          case "licensing" -> startLicensing(port);
          case "bare" -> startBare(port);
          default -> throw new IllegalArgumentException("licensing or bare, not " + args[0]);
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "shutdown"));
    System.out.println("READY " + args[0] + " on port " + port);
    Thread.currentThread().join();
  }

  private static Runnable startLicensing(int port) {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put("LICENSING_HTTP_HOST", "127.0.0.1");
    environment.put("LICENSING_HTTP_PORT", Integer.toString(port));
    LicensingServer server = LicensingServer.start(ConfigReader.read(environment));
    return server::stop;
  }

  private static Runnable startBare(int port) throws IOException {
    ResourceConfig application = new ResourceConfig();
    application.register(JacksonFeature.withoutExceptionMappers());
    application.register(BareEndpoints.class);
    application.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    application.property(ServerProperties.BV_FEATURE_DISABLE, true);

    HttpServer http = new HttpServer();
    NetworkListener listener = new NetworkListener("bare", "127.0.0.1", port);
    listener
        .getTransport()
        .setWorkerThreadPoolConfig(
            ThreadPoolConfig.defaultConfig()
                .setPoolName("bare-http")
                .setCorePoolSize(WORKER_THREADS)
                .setMaxPoolSize(WORKER_THREADS));
    listener.registerAddOn(new Http11Only());
    http.addListener(listener);
    http.start();
    http.getServerConfiguration()
        .addHttpHandler(ContainerFactory.createContainer(GrizzlyHttpContainer.class, application));
    return http::shutdownNow;
  }

  static URI base(int port) {
    return URI.create("http://127.0.0.1:" + port);
  }
}
