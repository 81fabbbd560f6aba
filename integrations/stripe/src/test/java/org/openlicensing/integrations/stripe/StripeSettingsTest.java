package org.openlicensing.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StripeSettingsTest {
  private static final String KEY = "sk_live_51AbCdEfGhIjKlMnOpQrStUvWxYz";

  @Test
  void readsTheEnvironmentWithSeveralSigningSecretsAndTheDefaultApiBase() {
    StripeSettings settings =
        StripeSettings.fromEnvironment(
            Map.of("STRIPE_SECRET_KEY", KEY, "STRIPE_WEBHOOK_SECRET", "whsec_new, whsec_old"));

    assertThat(settings.secretKey()).isEqualTo(KEY);
    assertThat(settings.webhookSigningSecrets()).containsExactly("whsec_new", "whsec_old");
    assertThat(settings.apiBase()).isEqualTo(URI.create("https://api.stripe.com"));
    assertThat(settings.maxNetworkRetries()).isEqualTo(2);
  }

  @Test
  void takesALocalApiBaseOverPlainHttpAndDropsATrailingSlash() {
    StripeSettings settings =
        StripeSettings.fromEnvironment(env("STRIPE_API_BASE", "http://127.0.0.1:12111/"));

    assertThat(settings.apiBaseUrl()).isEqualTo("http://127.0.0.1:12111");
    assertThat(
            StripeSettings.fromEnvironment(env("STRIPE_API_BASE", "http://localhost:8420"))
                .apiBaseUrl())
        .isEqualTo("http://localhost:8420");
    assertThat(
            StripeSettings.fromEnvironment(env("STRIPE_API_BASE", "https://stripe-proxy.example"))
                .apiBaseUrl())
        .isEqualTo("https://stripe-proxy.example");
  }

  @Test
  void toStringShowsNeitherTheKeyNorTheSigningSecrets() {
    StripeSettings settings =
        StripeSettings.fromEnvironment(
            Map.of(
                "STRIPE_SECRET_KEY",
                KEY,
                "STRIPE_WEBHOOK_SECRET",
                "whsec_abcdef123456,whsec_zyxw9876"));

    assertThat(settings.toString())
        .doesNotContain(KEY)
        .doesNotContain("51AbCdEf")
        .doesNotContain("whsec_")
        .contains("sk_live_***")
        .contains("2 configured");
  }

  @Test
  void eachBadValueNamesItsKeyAndNeverEchoesASecret() {
    assertRefused(Map.of("STRIPE_WEBHOOK_SECRET", "whsec_x"), "STRIPE_SECRET_KEY");
    assertRefused(
        Map.of("STRIPE_SECRET_KEY", "pk_live_notasecret1234", "STRIPE_WEBHOOK_SECRET", "whsec_x"),
        "STRIPE_SECRET_KEY");
    assertRefused(
        Map.of("STRIPE_SECRET_KEY", "mysecretvalue12345", "STRIPE_WEBHOOK_SECRET", "whsec_x"),
        "STRIPE_SECRET_KEY");
    assertRefused(
        Map.of("STRIPE_SECRET_KEY", "sk_live_has space", "STRIPE_WEBHOOK_SECRET", "whsec_x"),
        "STRIPE_SECRET_KEY");
    assertRefused(Map.of("STRIPE_SECRET_KEY", KEY), "STRIPE_WEBHOOK_SECRET");
    assertRefused(
        Map.of("STRIPE_SECRET_KEY", KEY, "STRIPE_WEBHOOK_SECRET", "whsec_ok,hunter2"),
        "STRIPE_WEBHOOK_SECRET");
    assertRefused(env("STRIPE_API_BASE", "http://api.stripe.com"), "STRIPE_API_BASE");
    assertRefused(env("STRIPE_API_BASE", "ftp://127.0.0.1"), "STRIPE_API_BASE");
    assertRefused(env("STRIPE_API_BASE", "not a url"), "STRIPE_API_BASE");
    assertRefused(env("STRIPE_API_BASE", "https://user:pw@api.stripe.com"), "STRIPE_API_BASE");
  }

  @Test
  void aRestrictedKeyIsAccepted() {
    assertThat(
            new StripeSettings(
                    "rk_test_51Restricted00", List.of("whsec_a"), StripeSettings.DEFAULT_API_BASE)
                .toString())
        .contains("rk_test_***");
  }

  private static Map<String, String> env(String key, String value) {
    Map<String, String> env = new HashMap<>();
    env.put("STRIPE_SECRET_KEY", KEY);
    env.put("STRIPE_WEBHOOK_SECRET", "whsec_current");
    env.put(key, value);
    return env;
  }

  private static void assertRefused(Map<String, String> env, String key) {
    assertThatThrownBy(() -> StripeSettings.fromEnvironment(env))
        .as(env.toString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(key)
        .satisfies(
            e -> {
              for (String value : env.values()) {
                if (!value.startsWith("http")
                    && !value.equals("not a url")
                    && !value.startsWith("ftp")) {
                  assertThat(e.getMessage()).doesNotContain(value);
                }
              }
            });
  }
}
