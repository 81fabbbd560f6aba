package org.openlicensing.server.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openlicensing.core.webhooks.RetrySchedule;

/**
 * The webhook inbox's settings.
 *
 * @param processInterval how often a job processes the inbox's due events
 * @param retries the delays between the attempts of a failed event
 * @param stripeSigningSecrets the {@code whsec_} secrets Stripe deliveries may be signed with;
 *     none: {@code POST /v1/webhooks/stripe} does not exist
 */
public record WebhookConfig(
    Duration processInterval, RetrySchedule retries, List<String> stripeSigningSecrets) {
  static final String PROCESS_INTERVAL = "LICENSING_WEBHOOK_PROCESS_INTERVAL";
  static final String RETRY_SCHEDULE = "LICENSING_WEBHOOK_RETRY_SCHEDULE";
  static final String STRIPE_WEBHOOK_SECRET = "STRIPE_WEBHOOK_SECRET";

  private static final Duration DEFAULT_PROCESS_INTERVAL = Duration.ofSeconds(10);
  private static final Duration SHORTEST_RETRY = Duration.ofSeconds(1);
  private static final Duration LONGEST_RETRY = Duration.ofDays(7);

  public WebhookConfig {
    Objects.requireNonNull(processInterval, "processInterval");
    Objects.requireNonNull(retries, "retries");
    stripeSigningSecrets = List.copyOf(stripeSigningSecrets);
  }

  /** Reads the settings; a bad value is a ConfigException naming its key. */
  static WebhookConfig read(Function<String, Optional<String>> values) {
    return new WebhookConfig(
        values
            .apply(PROCESS_INTERVAL)
            .map(
                raw ->
                    Durations.parse(
                        PROCESS_INTERVAL, raw, Duration.ofSeconds(1), Duration.ofHours(1)))
            .orElse(DEFAULT_PROCESS_INTERVAL),
        values.apply(RETRY_SCHEDULE).map(WebhookConfig::retries).orElse(RetrySchedule.DEFAULT),
        values.apply(STRIPE_WEBHOOK_SECRET).map(WebhookConfig::secrets).orElse(List.of()));
  }

  private static RetrySchedule retries(String raw) {
    List<Duration> delays = new ArrayList<>();
    for (String part : raw.split(",", -1)) {
      delays.add(Durations.parse(RETRY_SCHEDULE, part, SHORTEST_RETRY, LONGEST_RETRY));
    }
    try {
      return new RetrySchedule(delays);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(RETRY_SCHEDULE, e.getMessage());
    }
  }

  /** Several secrets, comma-separated, while one is being rolled; never echoed in a message. */
  private static List<String> secrets(String raw) {
    List<String> secrets = new ArrayList<>();
    for (String part : raw.split(",", -1)) {
      String secret = part.strip();
      if (!secret.matches("whsec_[A-Za-z0-9_]+")) {
        throw new ConfigException(
            STRIPE_WEBHOOK_SECRET,
            "must be Stripe webhook signing secrets (whsec_...), comma-separated");
      }
      secrets.add(secret);
    }
    return secrets;
  }

  @Override
  public String toString() {
    return "WebhookConfig[processInterval="
        + Durations.text(processInterval)
        + ", retries="
        + retries.delays().stream().map(Durations::text).collect(Collectors.joining(","))
        + ", stripeSigningSecrets="
        + stripeSigningSecrets.size()
        + "]";
  }
}
