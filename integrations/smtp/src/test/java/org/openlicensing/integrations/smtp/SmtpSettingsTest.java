package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpSettingsTest {
  private static SmtpSettings settings(
      String host, int port, Optional<String> username, Optional<String> password, String from) {
    return new SmtpSettings(
        host, port, TlsMode.STARTTLS, username, password, from, Optional.empty());
  }

  private static SmtpSettings withPort(int port) {
    return settings("smtp.example.com", port, Optional.empty(), Optional.empty(), "a@example.com");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 65535})
  void acceptsPortsAtTheBounds(int port) {
    assertThat(withPort(port).port()).isEqualTo(port);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 65536})
  void rejectsAPortOutsideOneTo65535(int port) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withPort(port))
        .withMessageContaining("port must be from 1 to 65535");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", " smtp.example.com"})
  void rejectsABlankHost(String host) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> settings(host, 587, Optional.empty(), Optional.empty(), "a@example.com"))
        .withMessageContaining("SMTP host");
  }

  @Test
  void rejectsAPasswordWithoutAUsername() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                settings(
                    "smtp.example.com", 587, Optional.empty(), Optional.of("pw"), "a@example.com"))
        .withMessageContaining("password is given without a username");
  }

  @Test
  void acceptsAUsernameWithoutAPassword() {
    SmtpSettings settings =
        settings("smtp.example.com", 587, Optional.of("relay"), Optional.empty(), "a@example.com");

    assertThat(settings.username()).contains("relay");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not an address",
        "no-domain",
        "a@",
        "OpenLicensing <a@example.com>",
        "a@example.com, b@example.com",
        "a@example.com\r\nBcc: b@example.com"
      })
  void rejectsAnythingButOneBareSenderAddress(String from) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> settings("smtp.example.com", 587, Optional.empty(), Optional.empty(), from))
        .withMessageContaining("Sender address");
  }

  @Test
  void rejectsADisplayNameSpanningLines() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new SmtpSettings(
                    "smtp.example.com",
                    587,
                    TlsMode.STARTTLS,
                    Optional.empty(),
                    Optional.empty(),
                    "a@example.com",
                    Optional.of("Open\nLicensing")))
        .withMessageContaining("display name");
  }

  @Test
  void neverShowsThePasswordInToString() {
    SmtpSettings settings =
        settings(
            "smtp.example.com",
            587,
            Optional.of("mailer"),
            Optional.of("s3cret-Passw0rd"),
            "a@example.com");

    assertThat(settings.toString())
        .doesNotContain("s3cret-Passw0rd")
        .contains("smtp.example.com", "587", "mailer", "<hidden>");
  }
}
