package org.openlicensing.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.core.webhooks.RetrySchedule;

class WebhookConfigTest {

  @Test
  void theInboxHasWorkingDefaultsAndNoStripeEndpoint() {
    WebhookConfig webhooks = ConfigReader.read(Map.of()).webhooks();

    assertThat(webhooks.processInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(webhooks.retries()).isEqualTo(RetrySchedule.DEFAULT);
    assertThat(webhooks.stripeSigningSecrets()).isEmpty();
  }

  @Test
  void readsTheIntervalTheScheduleAndSeveralStripeSecrets() {
    WebhookConfig webhooks =
        ConfigReader.read(
                Map.of(
                    "LICENSING_WEBHOOK_PROCESS_INTERVAL", "30s",
                    "LICENSING_WEBHOOK_RETRY_SCHEDULE", "5s, 2m,1h ,1d",
                    "STRIPE_WEBHOOK_SECRET", "whsec_old_1, whsec_new_2"))
            .webhooks();

    assertThat(webhooks.processInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(webhooks.retries().delays())
        .containsExactly(
            Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofHours(1), Duration.ofDays(1));
    assertThat(webhooks.stripeSigningSecrets()).containsExactly("whsec_old_1", "whsec_new_2");
  }

  @Test
  void theSecretsNeverShowInTheConfigurationsText() {
    ServerConfig config = ConfigReader.read(Map.of("STRIPE_WEBHOOK_SECRET", "whsec_very_secret"));

    assertThat(config.toString())
        .doesNotContain("whsec_very_secret")
        .contains("stripeSigningSecrets=1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LICENSING_WEBHOOK_PROCESS_INTERVAL | 10",
        "LICENSING_WEBHOOK_PROCESS_INTERVAL | ten seconds",
        "LICENSING_WEBHOOK_PROCESS_INTERVAL | 0s",
        "LICENSING_WEBHOOK_PROCESS_INTERVAL | 2h",
        "LICENSING_WEBHOOK_PROCESS_INTERVAL | -5s",
        "LICENSING_WEBHOOK_RETRY_SCHEDULE | 1m,,5m",
        "LICENSING_WEBHOOK_RETRY_SCHEDULE | 1m;5m",
        "LICENSING_WEBHOOK_RETRY_SCHEDULE | 8d",
        "LICENSING_WEBHOOK_RETRY_SCHEDULE | 0ms",
        "LICENSING_WEBHOOK_RETRY_SCHEDULE | 500ms",
        "STRIPE_WEBHOOK_SECRET | sk_test_123",
        "STRIPE_WEBHOOK_SECRET | whsec_ok,",
        "STRIPE_WEBHOOK_SECRET | whsec_",
      })
  void aBadValueStopsStartUpNamingItsKey(String key, String value) {
    assertThatThrownBy(() -> ConfigReader.read(Map.of(key, value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(key + " ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aBadSecretIsNotEchoed() {
    assertThatThrownBy(() -> ConfigReader.read(Map.of("STRIPE_WEBHOOK_SECRET", "sk_live_leak")))
        .hasMessageNotContaining("sk_live_leak");
  }

  @Test
  void aScheduleOfMoreThanFiftyDelaysIsRefusedNamingItsKey() {
    String many = String.join(",", java.util.Collections.nCopies(51, "1m"));

    assertThatThrownBy(() -> ConfigReader.read(Map.of("LICENSING_WEBHOOK_RETRY_SCHEDULE", many)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("LICENSING_WEBHOOK_RETRY_SCHEDULE ");
  }

  @Test
  void stripesApiKeyNeedsItsWebhookSecretWhileTheSecretAloneKeepsTheSandbox() {
    assertThatThrownBy(() -> ConfigReader.read(Map.of("STRIPE_SECRET_KEY", "sk_test_123")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("STRIPE_WEBHOOK_SECRET ");
    assertThat(ConfigReader.read(Map.of("STRIPE_WEBHOOK_SECRET", "whsec_abc")).stripe()).isEmpty();
  }
}
