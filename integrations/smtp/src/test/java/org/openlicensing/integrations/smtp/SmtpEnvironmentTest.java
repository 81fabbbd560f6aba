package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpEnvironmentTest {
  private static Optional<SmtpSettings> read(String... keysAndValues) {
    Map<String, String> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return SmtpEnvironment.read(variables::get);
  }

  @Test
  void withoutAHostThereAreNoSettings() {
    assertThat(read("MAIL_FROM", "a@example.com")).isEmpty();
    assertThat(read("SMTP_HOST", " ", "MAIL_FROM", "a@example.com")).isEmpty();
  }

  @Test
  void readsEverySetting() {
    SmtpSettings settings =
        read(
                "SMTP_HOST", "smtp.example.com",
                "SMTP_PORT", "2525",
                "SMTP_USERNAME", "mailer",
                "SMTP_PASSWORD", "secret",
                "SMTP_TLS", "TLS",
                "MAIL_FROM", "OpenLicensing <no-reply@example.com>")
            .orElseThrow();

    assertThat(settings)
        .isEqualTo(
            new SmtpSettings(
                "smtp.example.com",
                2525,
                TlsMode.TLS,
                Optional.of("mailer"),
                Optional.of("secret"),
                "no-reply@example.com",
                Optional.of("OpenLicensing")));
  }

  @ParameterizedTest
  @CsvSource({"none, 25", "starttls, 587", "tls, 465"})
  void withoutAPortUsesTheDefaultOfTheTlsMode(String tls, int port) {
    SmtpSettings settings =
        read("SMTP_HOST", "smtp.example.com", "SMTP_TLS", tls, "MAIL_FROM", "a@example.com")
            .orElseThrow();

    assertThat(settings.port()).isEqualTo(port);
  }

  @Test
  void withoutATlsModeRequiresStartTls() {
    SmtpSettings settings =
        read("SMTP_HOST", "smtp.example.com", "MAIL_FROM", "a@example.com").orElseThrow();

    assertThat(settings.tls()).isEqualTo(TlsMode.STARTTLS);
    assertThat(settings.port()).isEqualTo(587);
  }

  @Test
  void blankCredentialsCountAsUnset() {
    SmtpSettings settings =
        read(
                "SMTP_HOST", "localhost",
                "SMTP_TLS", "none",
                "SMTP_USERNAME", "",
                "SMTP_PASSWORD", " ",
                "MAIL_FROM", "a@example.com")
            .orElseThrow();

    assertThat(settings.username()).isEmpty();
    assertThat(settings.password()).isEmpty();
  }

  @Test
  void aPortThatIsNoNumberNamesItsKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> read("SMTP_HOST", "localhost", "SMTP_PORT", "smtp", "MAIL_FROM", "a@example.com"))
        .withMessageStartingWith("SMTP_PORT");
  }

  @Test
  void anUnknownTlsModeNamesItsKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> read("SMTP_HOST", "localhost", "SMTP_TLS", "ssl", "MAIL_FROM", "a@example.com"))
        .withMessageStartingWith("SMTP_TLS");
  }

  @Test
  void aHostWithoutASenderIsAnError() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read("SMTP_HOST", "localhost"))
        .withMessageStartingWith("MAIL_FROM");
  }

  @Test
  void aMalformedSenderNamesItsKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read("SMTP_HOST", "localhost", "MAIL_FROM", "OpenLicensing <no-reply"))
        .withMessageStartingWith("MAIL_FROM");
  }
}
