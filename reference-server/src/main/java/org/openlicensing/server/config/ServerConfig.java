package org.openlicensing.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.openlicensing.core.throttling.Limits;
import org.openlicensing.integrations.smtp.SmtpSettings;
import org.openlicensing.integrations.stripe.StripeSettings;
import org.openlicensing.server.http.TrustedProxies;

/**
 * Everything the reference server is configured with. Read from environment variables (or a
 * properties file with the same keys) by {@link ConfigReader}; see the README's table.
 *
 * @param httpPort 0 picks a free port
 * @param publicUrl empty: {@code http://localhost:<port>}
 * @param database empty: the embedded H2 database under the data directory
 * @param catalogFile a catalog to apply at start-up when its version is newer than the applied one
 * @param stripe Stripe mode: Stripe Billing runs the subscriptions; empty: the built-in sandbox
 * @param limits the limits on attempts, with the device limits operators may set
 */
public record ServerConfig(
    String httpHost,
    int httpPort,
    Path dataDirectory,
    Optional<DatabaseConfig> database,
    String adminEmail,
    Optional<String> adminPassword,
    Optional<URI> publicUrl,
    boolean demo,
    Optional<SmtpSettings> smtp,
    int maxBodyBytes,
    TrustedProxies trustedProxies,
    WebhookConfig webhooks,
    BillingConfig billing,
    Optional<Path> catalogFile,
    Optional<StripeSettings> stripe,
    Optional<Path> sharedKeysDirectory,
    Limits limits) {

  public ServerConfig {
    Objects.requireNonNull(httpHost, "httpHost");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(adminEmail, "adminEmail");
    Objects.requireNonNull(adminPassword, "adminPassword");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(smtp, "smtp");
    Objects.requireNonNull(trustedProxies, "trustedProxies");
    Objects.requireNonNull(webhooks, "webhooks");
    Objects.requireNonNull(billing, "billing");
    Objects.requireNonNull(catalogFile, "catalogFile");
    Objects.requireNonNull(sharedKeysDirectory, "sharedKeysDirectory");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(stripe, "stripe");
  }

  /**
   * Where the signing keys are: a shared directory if one is set, else under the data directory.
   */
  public Path keysDirectory() {
    return sharedKeysDirectory.orElseGet(() -> dataDirectory.resolve("keys"));
  }

  public boolean embeddedDatabase() {
    return database.isEmpty();
  }

  @Override
  public String toString() {
    return "ServerConfig[http="
        + httpHost
        + ":"
        + httpPort
        + ", data="
        + dataDirectory
        + ", database="
        + database.map(DatabaseConfig::toString).orElse("embedded H2")
        + ", demo="
        + demo
        + ", smtp="
        + smtp.map(SmtpSettings::toString).orElse("none (outbox and log)")
        + ", webhooks="
        + webhooks
        + ", billing="
        + billing
        + ", catalogFile="
        + catalogFile.map(Path::toString).orElse("none")
        + ", payments="
        + stripe.map(StripeSettings::toString).orElse("sandbox")
        + "]";
  }
}
