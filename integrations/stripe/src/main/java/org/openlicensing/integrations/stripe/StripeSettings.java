package org.openlicensing.integrations.stripe;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach Stripe. Checked when built, so that a bad value stops start-up with one line naming
 * the key; {@link #toString()} never shows a secret.
 *
 * @param secretKey a secret ({@code sk_}) or restricted ({@code rk_}) API key
 * @param webhookSigningSecrets every {@code whsec_} secret a delivery may be signed with; more than
 *     one while a secret is being rolled
 * @param apiBase Stripe's API, or a local stand-in in tests (plain http only on the loopback host)
 * @param maxNetworkRetries stripe-java's retries of a failed request; safe for writes, because a
 *     retry sends the same Idempotency-Key
 */
public record StripeSettings(
    String secretKey,
    List<String> webhookSigningSecrets,
    URI apiBase,
    Duration connectTimeout,
    Duration readTimeout,
    int maxNetworkRetries) {

  public static final URI DEFAULT_API_BASE = URI.create("https://api.stripe.com");
  // stripe-java's own defaults.
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(80);
  public static final int DEFAULT_MAX_NETWORK_RETRIES = 2;

  public static final String SECRET_KEY = "STRIPE_SECRET_KEY";
  public static final String WEBHOOK_SECRET = "STRIPE_WEBHOOK_SECRET";
  public static final String API_BASE = "STRIPE_API_BASE";

  public StripeSettings {
    StripeSettingsChecks.secretKey(secretKey, "secretKey");
    webhookSigningSecrets =
        StripeSettingsChecks.signingSecrets(webhookSigningSecrets, "webhookSigningSecrets");
    apiBase = StripeSettingsChecks.apiBase(apiBase, "apiBase");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    if (maxNetworkRetries < 0 || maxNetworkRetries > 5) {
      throw new IllegalArgumentException("maxNetworkRetries must be between 0 and 5");
    }
  }

  /** With stripe-java's default timeouts and retries. */
  public StripeSettings(String secretKey, List<String> webhookSigningSecrets, URI apiBase) {
    this(
        secretKey,
        webhookSigningSecrets,
        apiBase,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_READ_TIMEOUT,
        DEFAULT_MAX_NETWORK_RETRIES);
  }

  /**
   * Reads {@code STRIPE_SECRET_KEY}, {@code STRIPE_WEBHOOK_SECRET} (comma-separated) and {@code
   * STRIPE_API_BASE} (optional).
   *
   * @throws IllegalArgumentException naming the key whose value is missing or wrong
   */
  public static StripeSettings fromEnvironment(Map<String, String> env) {
    String secretKey = env.get(SECRET_KEY);
    StripeSettingsChecks.secretKey(secretKey, SECRET_KEY);
    String secrets = env.get(WEBHOOK_SECRET);
    if (secrets == null || secrets.isBlank()) {
      throw new IllegalArgumentException(WEBHOOK_SECRET + " is required in Stripe mode");
    }
    List<String> signingSecrets =
        StripeSettingsChecks.signingSecrets(
            Arrays.stream(secrets.split(",")).map(String::trim).toList(), WEBHOOK_SECRET);
    String base = env.get(API_BASE);
    URI apiBase =
        base == null || base.isBlank()
            ? DEFAULT_API_BASE
            : StripeSettingsChecks.apiBase(parse(base.trim()), API_BASE);
    return new StripeSettings(secretKey, signingSecrets, apiBase);
  }

  /** The API base as stripe-java wants it: no trailing slash. */
  String apiBaseUrl() {
    return apiBase.toString();
  }

  @Override
  public String toString() {
    return "StripeSettings[secretKey="
        + StripeSettingsChecks.redacted(secretKey)
        + ", webhookSigningSecrets="
        + webhookSigningSecrets.size()
        + " configured, apiBase="
        + apiBase
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", maxNetworkRetries="
        + maxNetworkRetries
        + "]";
  }

  private static URI parse(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(API_BASE + " is not a URL: " + e.getReason(), e);
    }
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          name + " must be positive and fit in an int of milliseconds");
    }
  }
}
