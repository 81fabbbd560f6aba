package org.openlicensing.server.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.accounts.PasswordContext;
import org.openlicensing.core.accounts.PasswordPolicy;
import org.openlicensing.integrations.smtp.SmtpEnvironment;
import org.openlicensing.integrations.smtp.SmtpSettings;
import org.openlicensing.integrations.stripe.StripeSettings;
import org.openlicensing.server.http.TrustedProxies;

/**
 * Reads the server's configuration from environment variables, over an optional properties file
 * named by {@code LICENSING_CONFIG_FILE} with the same keys. Every value is checked here, so that a
 * bad one stops start-up with a message naming its key rather than failing somewhere later.
 */
public final class ConfigReader {
  static final String CONFIG_FILE = "LICENSING_CONFIG_FILE";
  private static final Set<String> NOT_YET_SUPPORTED =
      Set.of("RESEND_API_KEY", "RESEND_WEBHOOK_SECRET");
  private static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
  private static final String DEFAULT_MAIL_FROM = "OpenLicensing <noreply@openlicensing.local>";

  private final Map<String, String> values;

  private ConfigReader(Map<String, String> values) {
    this.values = values;
  }

  /** Reads the configuration; the environment wins over the file. */
  public static ServerConfig read(Map<String, String> environment) {
    Map<String, String> merged = new HashMap<>();
    String file = environment.get(CONFIG_FILE);
    if (file != null && !file.isBlank()) {
      merged.putAll(loadFile(file));
    }
    environment.forEach(
        (key, value) -> {
          if (value != null && !value.isBlank()) {
            merged.put(key, value);
          }
        });
    return new ConfigReader(merged).config();
  }

  private static Map<String, String> loadFile(String file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | InvalidPathException e) {
      throw new ConfigException(CONFIG_FILE, "names a file that cannot be read: " + file);
    }
    Map<String, String> values = new HashMap<>();
    properties
        .stringPropertyNames()
        .forEach(key -> values.put(key, properties.getProperty(key).strip()));
    return values;
  }

  private ServerConfig config() {
    for (String key : NOT_YET_SUPPORTED) {
      if (values.containsKey(key)) {
        throw new ConfigException(
            key,
            "is set, but this version has no adapter for it yet; unset it to use the built-in"
                + " sandbox");
      }
    }
    Optional<DatabaseConfig> database = database();
    return new ServerConfig(
        text("LICENSING_HTTP_HOST", "0.0.0.0"),
        integer("LICENSING_HTTP_PORT", 8080, 0, 65535),
        path("LICENSING_DATA_DIR", "./data"),
        database,
        email("LICENSING_ADMIN_EMAIL", "admin@openlicensing.local"),
        adminPassword(),
        optional("LICENSING_PUBLIC_URL").map(url -> httpUrl("LICENSING_PUBLIC_URL", url)),
        bool("LICENSING_DEMO", database.isEmpty()),
        smtp(),
        integer("LICENSING_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, 1024, 16 * 1024 * 1024),
        trustedProxies(),
        WebhookConfig.read(this::optional),
        BillingConfig.read(this::optional),
        optional("LICENSING_CATALOG_FILE")
            .map(file -> readableFile("LICENSING_CATALOG_FILE", file)),
        stripe(),
        optional("LICENSING_KEYS_DIR").map(dir -> path("LICENSING_KEYS_DIR", dir)),
        LicenseLimitsConfig.read(this::optional));
  }

  /**
   * Stripe mode, when {@code STRIPE_SECRET_KEY} is set: the key, the webhook signing secrets it
   * needs (its events keep the mirror), and the API base. Messages name the key, never a secret.
   */
  private Optional<StripeSettings> stripe() {
    if (optional(StripeSettings.SECRET_KEY).isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> stripe = new HashMap<>();
    for (String key :
        List.of(
            StripeSettings.SECRET_KEY, StripeSettings.WEBHOOK_SECRET, StripeSettings.API_BASE)) {
      optional(key).ifPresent(value -> stripe.put(key, value));
    }
    try {
      return Optional.of(StripeSettings.fromEnvironment(stripe));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private TrustedProxies trustedProxies() {
    Optional<String> list = optional("LICENSING_TRUSTED_PROXIES");
    try {
      return list.map(TrustedProxies::parse).orElseGet(TrustedProxies::none);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("LICENSING_TRUSTED_PROXIES", e.getMessage());
    }
  }

  private Optional<String> adminPassword() {
    Optional<String> password = optional("LICENSING_ADMIN_PASSWORD");
    String adminEmail = text("LICENSING_ADMIN_EMAIL", "admin@openlicensing.local");
    password
        .map(p -> PasswordPolicy.problemWith(p, PasswordContext.of(adminEmail, null)))
        .ifPresent(
            problem -> {
              throw new ConfigException("LICENSING_ADMIN_PASSWORD", problem);
            });
    return password;
  }

  private Optional<DatabaseConfig> database() {
    Optional<String> url = optional("LICENSING_DB_URL");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    String jdbc = url.get();
    if (!jdbc.startsWith("jdbc:postgresql:") && !jdbc.startsWith("jdbc:h2:")) {
      throw new ConfigException(
          "LICENSING_DB_URL", "must be a jdbc:postgresql: or jdbc:h2: URL, got \"" + jdbc + "\"");
    }
    return Optional.of(
        new DatabaseConfig(
            jdbc,
            optional("LICENSING_DB_USER").orElse(null),
            optional("LICENSING_DB_PASSWORD").orElse(null)));
  }

  private Optional<SmtpSettings> smtp() {
    try {
      return SmtpEnvironment.read(
          key -> key.equals("MAIL_FROM") ? text(key, DEFAULT_MAIL_FROM) : values.get(key));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private Optional<String> optional(String key) {
    return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private String text(String key, String fallback) {
    return optional(key).orElse(fallback);
  }

  private int integer(String key, int fallback, int min, int max) {
    Optional<String> raw = optional(key);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.get());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(
        key, "must be a whole number from " + min + " to " + max + ", got \"" + raw.get() + "\"");
  }

  private boolean bool(String key, boolean fallback) {
    Optional<String> raw = optional(key).map(v -> v.toLowerCase(Locale.ROOT));
    if (raw.isEmpty()) {
      return fallback;
    }
    return switch (raw.get()) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new ConfigException(key, "must be true or false, got \"" + raw.get() + "\"");
    };
  }

  private Path path(String key, String fallback) {
    String raw = text(key, fallback);
    try {
      return Path.of(raw).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new ConfigException(key, "is not a valid path: \"" + raw + "\"");
    }
  }

  private String email(String key, String fallback) {
    String raw = text(key, fallback);
    try {
      return EmailAddress.of(raw).value();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key, e.getMessage() + ": \"" + raw + "\"");
    }
  }

  private static URI httpUrl(String key, String raw) {
    try {
      URI uri = new URI(raw);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ConfigException(key, "must be an absolute http(s) URL, got \"" + raw + "\"");
  }

  private static Path readableFile(String key, String value) {
    Path file = Path.of(value);
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ConfigException(key, "must name a readable file: " + value);
    }
    return file;
  }
}
