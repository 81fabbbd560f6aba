package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.MailDeliveryException;

/** A plain local relay: no TLS, no authentication. */
class SmtpMailerPlainRelayTest {
  private static final String SUBJECT = "Bestätigen Sie Ihre E-Mail-Adresse";

  @RegisterExtension
  final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private SmtpMailer mailer() {
    return new SmtpMailer(TestSettings.plain(greenMail.getSmtp().getPort()), TestSettings.CLOCK);
  }

  private static Email email(Optional<String> html) {
    return new Email("joerg@example.org", SUBJECT, "Hallo Jörg, bitte bestätigen.", html);
  }

  private MimeMessage sendAndReceive(Email email) throws Exception {
    mailer().send(email);
    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    return greenMail.getReceivedMessages()[0];
  }

  @Test
  void deliversToTheRecipient() throws Exception {
    MimeMessage received = sendAndReceive(email(Optional.empty()));

    assertThat(received.getRecipients(RecipientType.TO))
        .extracting(address -> ((InternetAddress) address).getAddress())
        .containsExactly("joerg@example.org");
  }

  @Test
  void encodesANonAsciiSubjectAsUtf8() throws Exception {
    MimeMessage received = sendAndReceive(email(Optional.empty()));

    assertThat(received.getSubject()).isEqualTo(SUBJECT);
    assertThat(received.getHeader("Subject", null)).startsWith("=?UTF-8?");
  }

  @Test
  void sendsTextAndHtmlAsAlternativesWithTheHtmlLast() throws Exception {
    MimeMessage received = sendAndReceive(email(Optional.of("<p>Hallo Jörg</p>")));

    assertThat(received.getContentType()).startsWith("multipart/alternative");
    MimeMultipart parts = (MimeMultipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Hallo Jörg, bitte bestätigen.");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Hallo Jörg</p>");
  }

  @Test
  void sendsPlainTextAloneWhenThereIsNoHtml() throws Exception {
    MimeMessage received = sendAndReceive(email(Optional.empty()));

    assertThat(received.getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(received.getContent()).isEqualTo("Hallo Jörg, bitte bestätigen.");
  }

  @Test
  void comesFromTheConfiguredSenderWithItsDisplayName() throws Exception {
    MimeMessage received = sendAndReceive(email(Optional.empty()));

    InternetAddress from = (InternetAddress) received.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo(TestSettings.FROM);
    assertThat(from.getPersonal()).isEqualTo("OpenLicensing");
  }

  @Test
  void carriesADateFromTheClockAndAMessageIdInTheSendersDomain() throws Exception {
    MimeMessage received = sendAndReceive(email(Optional.empty()));

    assertThat(received.getSentDate().toInstant()).isEqualTo(TestSettings.NOW);
    assertThat(received.getMessageID()).startsWith("<").endsWith("@example.com>");
  }

  @Test
  void joinsALineBreakInTheSubjectIntoOneLine() throws Exception {
    Email email =
        new Email(
            "user@example.org", "Welcome Eve\r\nBcc: victim@example.org", "Hi", Optional.empty());

    MimeMessage received = sendAndReceive(email);

    assertThat(received.getSubject()).isEqualTo("Welcome Eve Bcc: victim@example.org");
    assertThat(received.getHeader("Bcc")).isNull();
  }

  @Test
  void neitherLogsInNorUpgradesEvenWhenTheServerOffersBoth() throws Exception {
    try (ScriptedSmtpServer server =
        ScriptedSmtpServer.startOfferingStartTls(TestCertificate.serverContext())) {
      SmtpMailer mailer = new SmtpMailer(TestSettings.plain(server.port()), TestSettings.CLOCK);

      mailer.send(email(Optional.empty()));

      assertThat(server.commands())
          .contains("MAIL/plain", "DATA/plain")
          .noneMatch(command -> command.startsWith("STARTTLS") || command.startsWith("AUTH"));
    }
  }

  @Test
  void rejectsAMalformedRecipientAsPermanentWithoutSending() {
    Email email = new Email("not an address", "Hi", "Hi", Optional.empty());

    MailDeliveryException failure =
        catchThrowableOfType(MailDeliveryException.class, () -> mailer().send(email));

    assertThat(failure.permanent()).isTrue();
    assertThat(failure).hasMessageContaining("not an address");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void rejectsARecipientWithoutDomainAsPermanent() {
    Email email = new Email("postmaster", "Hi", "Hi", Optional.empty());

    MailDeliveryException failure =
        catchThrowableOfType(MailDeliveryException.class, () -> mailer().send(email));

    assertThat(failure.permanent()).isTrue();
  }
}
