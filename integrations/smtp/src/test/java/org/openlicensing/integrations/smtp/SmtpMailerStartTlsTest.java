package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.MailDeliveryException;

/**
 * GreenMail's SMTP server does not offer STARTTLS, which shows the refusal; a scripted server that
 * offers it shows the upgrade.
 */
class SmtpMailerStartTlsTest {
  @RegisterExtension
  final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void refusesToSendInTheClearWhenTheServerOffersNoStartTls() {
    SmtpMailer mailer =
        new SmtpMailer(
            TestSettings.settings("localhost", greenMail.getSmtp().getPort(), TlsMode.STARTTLS),
            TestSettings.CLOCK);
    Email email = new Email("user@example.org", "Hello", "Hi", Optional.empty());

    MailDeliveryException failure =
        catchThrowableOfType(MailDeliveryException.class, () -> mailer.send(email));

    assertThat(failure.permanent()).isFalse();
    assertThat(failure).hasMessageContaining("STARTTLS");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void logsInAndSendsOnlyAfterUpgradingTheConnection() throws Exception {
    try (ScriptedSmtpServer server =
        ScriptedSmtpServer.startOfferingStartTls(TestCertificate.serverContext())) {
      SmtpSettings settings =
          new SmtpSettings(
              "localhost",
              server.port(),
              TlsMode.STARTTLS,
              Optional.of("mailer"),
              Optional.of("secret"),
              TestSettings.FROM,
              Optional.empty());
      SmtpMailer mailer =
          SmtpMailer.trustingOnlyForTests(
              settings, SmtpTimeouts.DEFAULT, TestSettings.CLOCK, TestCertificate.trustingOnlyIt());

      mailer.send(new Email("user@example.org", "Hello", "Hi", Optional.empty()));

      assertThat(server.commands())
          .startsWith("EHLO/plain", "STARTTLS/plain")
          .contains("AUTH/tls", "MAIL/tls", "RCPT/tls", "DATA/tls")
          .doesNotContain("AUTH/plain", "MAIL/plain", "DATA/plain");
    }
  }
}
