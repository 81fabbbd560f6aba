package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SmtpPropertiesTest {
  private static Properties of(SmtpSettings settings) {
    return SmtpProperties.of(settings, SmtpTimeouts.DEFAULT, Optional.empty());
  }

  private static Properties of(TlsMode tls) {
    return of(TestSettings.settings("smtp.example.com", tls.defaultPort(), tls));
  }

  @Test
  void noneModeTalksPlainSmtpWithoutStartTlsOrLogin() {
    Properties properties = of(TlsMode.NONE);

    assertThat(properties)
        .containsEntry("mail.smtp.ssl.enable", "false")
        .containsEntry("mail.smtp.starttls.enable", "false")
        .containsEntry("mail.smtp.auth", "false");
  }

  @Test
  void starttlsModeRequiresTheUpgrade() {
    Properties properties = of(TlsMode.STARTTLS);

    assertThat(properties)
        .containsEntry("mail.smtp.starttls.enable", "true")
        .containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.ssl.enable", "false");
  }

  @Test
  void tlsModeSpeaksTlsFromTheFirstByte() {
    Properties properties = of(TlsMode.TLS);

    assertThat(properties)
        .containsEntry("mail.smtp.ssl.enable", "true")
        .containsEntry("mail.smtp.starttls.enable", "false");
  }

  @ParameterizedTest
  @EnumSource(TlsMode.class)
  void everyModeChecksTheServersIdentityWithTheJvmTrustStore(TlsMode tls) {
    Properties properties = of(tls);

    assertThat(properties)
        .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
        .containsEntry("mail.smtp.socketFactory.fallback", "false")
        .doesNotContainKeys(
            "mail.smtp.ssl.trust",
            "mail.smtp.ssl.socketFactory",
            "mail.smtp.ssl.socketFactory.class");
  }

  @Test
  void logsInOnlyWhenAUsernameIsGiven() {
    Properties properties = of(TestSettings.withLogin(587, "mailer", "secret"));

    assertThat(properties).containsEntry("mail.smtp.auth", "true");
    assertThat(properties.values()).doesNotContain("secret");
  }

  @Test
  void boundsEveryStepWithItsTimeoutInMilliseconds() {
    SmtpTimeouts timeouts =
        new SmtpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMillis(1500));

    Properties properties = SmtpProperties.of(TestSettings.plain(25), timeouts, Optional.empty());

    assertThat(properties)
        .containsEntry("mail.smtp.connectiontimeout", "10000")
        .containsEntry("mail.smtp.timeout", "30000")
        .containsEntry("mail.smtp.writetimeout", "1500");
  }
}
