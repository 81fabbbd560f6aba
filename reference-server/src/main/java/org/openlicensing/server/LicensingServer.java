package org.openlicensing.server;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.openlicensing.core.Licensing;
import org.openlicensing.core.accounts.AdminBootstrap;
import org.openlicensing.core.keys.FileSigningKeyStore;
import org.openlicensing.core.mail.LoggingMailer;
import org.openlicensing.core.mail.Mailer;
import org.openlicensing.integrations.pdf.PdfInvoiceRenderer;
import org.openlicensing.integrations.smtp.SmtpMailer;
import org.openlicensing.integrations.stripe.StripeBillingProvider;
import org.openlicensing.integrations.stripe.StripeWebhookVerifier;
import org.openlicensing.persistence.DataSources;
import org.openlicensing.persistence.JpaPersistence;
import org.openlicensing.persistence.throttling.PostgresRateLimiter;
import org.openlicensing.rest.LicensingApplication;
import org.openlicensing.rest.catalog.JsonCatalogFile;
import org.openlicensing.server.config.ServerConfig;
import org.openlicensing.server.http.ClientAddressFilter;
import org.openlicensing.server.http.HealthResource;
import org.openlicensing.server.http.Http11Only;
import org.openlicensing.server.jobs.BackgroundJobs;
import org.openlicensing.server.jobs.ServerJobs;
import org.openlicensing.server.web.AcceptInvitationPage;
import org.openlicensing.server.web.ConfirmEmailPage;
import org.openlicensing.server.web.ResetPasswordPage;
import org.openlicensing.server.web.VerifyEmailPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference server: everything is built and wired here, top to bottom, by constructor. Start it
 * with {@link #start(ServerConfig)}; {@link #stop()} finishes the requests under way, then closes
 * the mail worker and the database.
 */
public final class LicensingServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LicensingServer.class);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);
  private static final String LISTENER = "licensing";
  private static final int WORKER_THREADS = 32;

  private final HttpServer http;
  private final Licensing licensing;
  private final JpaPersistence persistence;
  private final HikariDataSource dataSource;
  private final URI publicUrl;
  private volatile boolean accepting = true;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private Optional<BucketCleanup> bucketCleanup = Optional.empty();
  private Optional<BackgroundJobs> jobs = Optional.empty();

  private LicensingServer(
      HttpServer http,
      Licensing licensing,
      JpaPersistence persistence,
      HikariDataSource dataSource,
      URI publicUrl) {
    this.http = http;
    this.licensing = licensing;
    this.persistence = persistence;
    this.dataSource = dataSource;
    this.publicUrl = publicUrl;
  }

  public static LicensingServer start(ServerConfig config) {
    return start(config, builder -> {});
  }

  /**
   * Starts the server with the library assembled as configured, then as {@code customization}
   * changes it: for tests that drive the clock or bring handlers of their own.
   */
  public static LicensingServer start(
      ServerConfig config, Consumer<Licensing.Builder> customization) {
    long started = System.nanoTime();
    DataDirectory.prepare(config.dataDirectory());
    HikariDataSource dataSource =
        config
            .database()
            .map(db -> DataSources.create(db.jdbcUrl(), db.user(), db.password()))
            .orElseGet(
                () ->
                    DataSources.create(
                        DataSources.embeddedH2Url(config.dataDirectory()), "sa", ""));
    try {
      return assemble(config, dataSource, started, customization);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static LicensingServer assemble(
      ServerConfig config,
      HikariDataSource dataSource,
      long started,
      Consumer<Licensing.Builder> customization) {
    JpaPersistence persistence = JpaPersistence.start(dataSource);
    // A directory shared by every server of an installation (LICENSING_KEYS_DIR) shares the keys.
    FileSigningKeyStore keys = new FileSigningKeyStore(config.keysDirectory());
    // Listen first (answering 404 until the API is mounted), so that the port is known when
    // it was 0 and the public URL is derived from it.
    HttpServer http = listen(config);
    try {
      URI publicUrl = config.publicUrl().orElseGet(() -> localUrl(http));
      Licensing.Builder builder =
          Licensing.builder()
              .persistence(persistence)
              .keyStore(keys)
              .mailer(mailer(config))
              .publicUrl(publicUrl)
              .webhookRetries(config.webhooks().retries())
              .seller(config.billing().seller())
              .vatRates(config.billing().vatRates())
              .dunning(config.billing().dunning())
              .limits(config.limits())
              .invoiceRenderer(new PdfInvoiceRenderer());
      // Stripe mode: Stripe Billing runs the subscriptions, its webhooks keep the mirror.
      config.stripe().map(StripeBillingProvider::new).ifPresent(builder::billingProvider);
      if (!config.webhooks().stripeSigningSecrets().isEmpty()) {
        builder.webhookVerifier(
            new StripeWebhookVerifier(
                config.webhooks().stripeSigningSecrets(), StripeWebhookVerifier.DEFAULT_TOLERANCE));
      }
      // Several servers may share one PostgreSQL: their limits must be counted together.
      Optional<PostgresRateLimiter> sharedLimits =
          config.embeddedDatabase() || !isPostgres(config)
              ? Optional.empty()
              : Optional.of(new PostgresRateLimiter(dataSource));
      sharedLimits.ifPresent(builder::rateLimiter);
      customization.accept(builder);
      Licensing licensing = builder.build();
      if (config.demo()) {
        LOG.info("Demo catalog: {} plans added", licensing.seedDemoCatalog());
      }
      config
          .catalogFile()
          .ifPresent(file -> LOG.info("Catalog file: {}", JsonCatalogFile.apply(licensing, file)));
      announce(
          licensing.ensureSuperAdmin(config.adminEmail(), config.adminPassword().orElse(null)));
      LicensingServer server =
          new LicensingServer(http, licensing, persistence, dataSource, publicUrl);
      server.bucketCleanup = sharedLimits.map(BucketCleanup::new);
      http.getServerConfiguration()
          .addHttpHandler(
              ContainerFactory.createContainer(
                  GrizzlyHttpContainer.class, server.application(config)));
      licensing.outboxWorker().start();
      server.jobs =
          Optional.of(
              new BackgroundJobs(
                  dataSource,
                  ServerJobs.of(licensing, config),
                  "licensing-" + ProcessHandle.current().pid() + "-" + server.port()));
      server.jobs.get().start();
      LOG.info(
          "OpenLicensing ready at {} in {} ms; {}",
          publicUrl,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
          config);
      return server;
    } catch (RuntimeException e) {
      http.shutdownNow();
      persistence.close();
      throw e;
    }
  }

  private LicensingApplication application(ServerConfig config) {
    LicensingApplication application = new LicensingApplication(licensing, config.maxBodyBytes());
    application.register(new ClientAddressFilter(config.trustedProxies()));
    application.register(new HealthResource(dataSource, () -> accepting));
    application.register(new VerifyEmailPage(licensing.accounts()));
    application.register(
        new AcceptInvitationPage(licensing.invitations(), licensing.auth(), licensing.accounts()));
    application.register(new ResetPasswordPage(licensing.passwords()));
    application.register(new ConfirmEmailPage(licensing.profiles()));
    return application;
  }

  private static boolean isPostgres(ServerConfig config) {
    return config.database().map(db -> db.jdbcUrl().startsWith("jdbc:postgresql:")).orElse(false);
  }

  private static Mailer mailer(ServerConfig config) {
    return config
        .smtp()
        .<Mailer>map(settings -> new SmtpMailer(settings, Clock.systemUTC()))
        .orElseGet(LoggingMailer::new);
  }

  private static HttpServer listen(ServerConfig config) {
    HttpServer http = new HttpServer();
    // A DELETE with a body would otherwise get Grizzly's bare 400 before Jersey sees it; the
    // resources ignore bodies they do not read, and refuse only with problem+json. Read when the
    // listener starts, so it is set before.
    http.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
    NetworkListener listener = new NetworkListener(LISTENER, config.httpHost(), config.httpPort());
    // Requests block on the database; give them more threads than Grizzly's CPU-sized default.
    listener
        .getTransport()
        .setWorkerThreadPoolConfig(
            ThreadPoolConfig.defaultConfig()
                .setPoolName("licensing-http")
                .setCorePoolSize(WORKER_THREADS)
                .setMaxPoolSize(WORKER_THREADS));
    listener.registerAddOn(new Http11Only());
    http.addListener(listener);
    try {
      http.start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + config.httpHost() + ":" + config.httpPort(), e);
    }
    return http;
  }

  private static URI localUrl(HttpServer http) {
    return URI.create("http://localhost:" + http.getListener(LISTENER).getPort());
  }

  private static void announce(AdminBootstrap.Outcome outcome) {
    if (!outcome.created()) {
      return;
    }
    if (outcome.generatedPassword().isPresent()) {
      // Shown once, on purpose: it is stored only as a hash.
      LOG.warn(
          "Created super admin {} with the generated password: {}  (shown only now; change it)",
          outcome.email(),
          outcome.generatedPassword().get());
    } else {
      LOG.info("Created super admin {}", outcome.email());
    }
  }

  /** The port the server listens on; useful when it was started on port 0. */
  public int port() {
    return http.getListener(LISTENER).getPort();
  }

  public URI publicUrl() {
    return publicUrl;
  }

  public Licensing licensing() {
    return licensing;
  }

  /** Stops taking requests, lets those under way finish, then closes everything. */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    accepting = false;
    try {
      http.shutdown(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)
          .get(SHUTDOWN_GRACE.toSeconds() + 5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("HTTP shutdown did not finish cleanly", e);
      http.shutdownNow();
    }
    // Before the database closes: a job under way finishes its transaction first.
    jobs.ifPresent(BackgroundJobs::stop);
    licensing.outboxWorker().stop(Duration.ofSeconds(10));
    bucketCleanup.ifPresent(BucketCleanup::close);
    persistence.close();
    dataSource.close();
    LOG.info("OpenLicensing stopped");
  }

  @Override
  public void close() {
    stop();
  }
}
