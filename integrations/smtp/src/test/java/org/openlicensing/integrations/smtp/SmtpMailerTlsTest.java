package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.MailDeliveryException;

/** Implicit TLS against GreenMail's SMTPS server, which presents a certificate for localhost. */
class SmtpMailerTlsTest {
  @RegisterExtension
  final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort());

  private final Email email = new Email("user@example.org", "Hello", "Hi", Optional.empty());

  private SmtpSettings settings(String host) {
    return TestSettings.settings(host, greenMail.getSmtps().getPort(), TlsMode.TLS);
  }

  @Test
  void deliversOverImplicitTlsToAServerWithATrustedCertificate() throws Exception {
    SmtpMailer mailer =
        SmtpMailer.trustingOnlyForTests(
            settings("localhost"),
            SmtpTimeouts.DEFAULT,
            TestSettings.CLOCK,
            TestCertificate.trustingOnlyIt());

    mailer.send(email);

    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
  }

  @Test
  void refusesACertificateTheJvmDoesNotTrust() {
    SmtpMailer mailer = new SmtpMailer(settings("localhost"), TestSettings.CLOCK);

    MailDeliveryException failure =
        catchThrowableOfType(MailDeliveryException.class, () -> mailer.send(email));

    assertThat(failure.permanent()).isFalse();
    assertThat(failure).rootCause().isInstanceOf(CertPathBuilderException.class);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void refusesATrustedCertificateIssuedForAnotherHostName() throws Exception {
    // The certificate names localhost only; the same server reached as 127.0.0.1 must not pass.
    SmtpMailer mailer =
        SmtpMailer.trustingOnlyForTests(
            settings("127.0.0.1"),
            SmtpTimeouts.DEFAULT,
            TestSettings.CLOCK,
            TestCertificate.trustingOnlyIt());

    MailDeliveryException failure =
        catchThrowableOfType(MailDeliveryException.class, () -> mailer.send(email));

    assertThat(failure.permanent()).isFalse();
    assertThat(failure)
        .rootCause()
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("127.0.0.1");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }
}
