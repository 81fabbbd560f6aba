package org.openlicensing.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.integrations.smtp.TlsMode;

class ConfigReaderTest {
  @Test
  void everyKeyHasAWorkingDefault() {
    ServerConfig config = ConfigReader.read(Map.of());

    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(config.embeddedDatabase()).isTrue();
    assertThat(config.demo()).isTrue();
    assertThat(config.smtp()).isEmpty();
    assertThat(config.publicUrl()).isEmpty();
    assertThat(config.adminPassword()).isEmpty();
  }

  @Test
  void postgresqlTurnsTheDemoCatalogOffByDefault() {
    ServerConfig config =
        ConfigReader.read(Map.of("LICENSING_DB_URL", "jdbc:postgresql://db:5432/licensing"));

    assertThat(config.embeddedDatabase()).isFalse();
    assertThat(config.demo()).isFalse();
  }

  @Test
  void readsSmtpSettingsForAPlainLocalRelay() {
    ServerConfig config =
        ConfigReader.read(
            Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", "2525", "SMTP_TLS", "none"));

    assertThat(config.smtp())
        .hasValueSatisfying(
            smtp -> {
              assertThat(smtp.port()).isEqualTo(2525);
              assertThat(smtp.tls()).isEqualTo(TlsMode.NONE);
              assertThat(smtp.username()).isEmpty();
            });
  }

  @ParameterizedTest
  @CsvSource({
    "LICENSING_HTTP_PORT, abc",
    "LICENSING_HTTP_PORT, 70000",
    "LICENSING_DB_URL, jdbc:mysql://db/licensing",
    "LICENSING_ADMIN_EMAIL, root",
    "LICENSING_ADMIN_PASSWORD, short",
    "LICENSING_PUBLIC_URL, ftp://example.com",
    "LICENSING_DEMO, maybe",
    "LICENSING_MAX_BODY_BYTES, 12",
    "STRIPE_SECRET_KEY, pk_test_123",
    "STRIPE_SECRET_KEY, not-a-key"
  })
  void aBadValueNamesItsKey(String key, String value) {
    assertThatThrownBy(() -> ConfigReader.read(Map.of(key, value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(key + " ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void stripeModeNeedsTheWebhookSecretAndNamesIt() {
    assertThatThrownBy(() -> ConfigReader.read(Map.of("STRIPE_SECRET_KEY", "sk_test_51Key0123")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("STRIPE_WEBHOOK_SECRET ")
        .hasMessageNotContaining("sk_test_51Key0123");
  }

  @Test
  void aBadStripeApiBaseNamesItsKey() {
    assertThatThrownBy(
            () ->
                ConfigReader.read(
                    Map.of(
                        "STRIPE_SECRET_KEY", "sk_test_51Key0123",
                        "STRIPE_WEBHOOK_SECRET", "whsec_abc",
                        "STRIPE_API_BASE", "http://stripe.example.com")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("STRIPE_API_BASE ");
  }

  @Test
  void aStripeKeyWithItsWebhookSecretIsStripeMode() {
    ServerConfig config =
        ConfigReader.read(
            Map.of(
                "STRIPE_SECRET_KEY", "sk_test_51Key0123",
                "STRIPE_WEBHOOK_SECRET", "whsec_abc",
                "STRIPE_API_BASE", "http://127.0.0.1:12111"));

    assertThat(config.stripe()).isPresent();
    assertThat(config.stripe().get().apiBase()).hasToString("http://127.0.0.1:12111");
    assertThat(config.toString()).doesNotContain("sk_test_51Key0123");
  }

  @Test
  void withoutAStripeKeyPaymentsStayInTheSandbox() {
    assertThat(ConfigReader.read(Map.of()).stripe()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"SMTP_TLS, ssl", "SMTP_PORT, 0", "SMTP_PORT, x", "MAIL_FROM, not an address"})
  void aBadSmtpValueNamesItsKey(String key, String value) {
    assertThatThrownBy(
            () -> ConfigReader.read(Map.of("SMTP_HOST", "mail.example.test", key, value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(key + " ");
  }

  @Test
  void aPasswordWithoutUserNamesTheKey() {
    assertThatThrownBy(
            () ->
                ConfigReader.read(Map.of("SMTP_HOST", "mail.example.test", "SMTP_PASSWORD", "pw")))
        .hasMessageStartingWith("SMTP_PASSWORD ");
  }

  @Test
  void theEnvironmentWinsOverTheConfigFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("licensing.properties");
    Files.writeString(file, "LICENSING_HTTP_PORT=9000\nLICENSING_DEMO=false\n");

    ServerConfig config =
        ConfigReader.read(
            Map.of("LICENSING_CONFIG_FILE", file.toString(), "LICENSING_HTTP_PORT", "9100"));

    assertThat(config.httpPort()).isEqualTo(9100);
    assertThat(config.demo()).isFalse();
  }

  @Test
  void anUnreadableConfigFileNamesTheKey() {
    assertThatThrownBy(() -> ConfigReader.read(Map.of("LICENSING_CONFIG_FILE", "/no/such/file")))
        .hasMessageStartingWith("LICENSING_CONFIG_FILE ");
  }

  @Test
  void theConfigurationPrintsNoSecrets() {
    ServerConfig config =
        ConfigReader.read(
            Map.of(
                "LICENSING_DB_URL", "jdbc:postgresql://db/l",
                "LICENSING_DB_PASSWORD", "db-secret",
                "LICENSING_ADMIN_PASSWORD", "hidden-value-123",
                "SMTP_HOST", "mail.example.test",
                "SMTP_USERNAME", "u",
                "SMTP_PASSWORD", "smtp-secret"));

    assertThat(config.toString()).doesNotContain("db-secret", "hidden-value-123", "smtp-secret");
  }
}
