package org.openlicensing.integrations.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.MailDeliveryException;
import org.openlicensing.core.mail.Mailer;

/**
 * Sends e-mails through an SMTP server with Jakarta Mail, one connection per e-mail. Certificates
 * are checked against the JVM's trust store and the server's name, in every TLS mode.
 */
public final class SmtpMailer implements Mailer {
  private final SmtpSettings settings;
  private final Session session;
  private final MimeEmailComposer composer;

  public SmtpMailer(SmtpSettings settings, Clock clock) {
    this(settings, SmtpTimeouts.DEFAULT, clock);
  }

  public SmtpMailer(SmtpSettings settings, SmtpTimeouts timeouts, Clock clock) {
    this(settings, SmtpProperties.of(settings, timeouts, Optional.empty()), clock);
  }

  private SmtpMailer(SmtpSettings settings, Properties properties, Clock clock) {
    this.settings = settings;
    // A Session is thread-safe and holds only configuration, so one serves every send.
    this.session = Session.getInstance(properties);
    this.composer = new MimeEmailComposer(session, settings, clock);
  }

  /**
   * Test hook: a mailer that trusts the certificates {@code testTrust} trusts instead of the JVM's
   * trust store, so that tests can talk TLS to a server with a self-signed certificate. The
   * server's name is still checked against its certificate.
   */
  static SmtpMailer trustingOnlyForTests(
      SmtpSettings settings, SmtpTimeouts timeouts, Clock clock, SSLSocketFactory testTrust) {
    return new SmtpMailer(
        settings, SmtpProperties.of(settings, timeouts, Optional.of(testTrust)), clock);
  }

  @Override
  public void send(Email email) throws MailDeliveryException {
    MimeMessage message = compose(email);
    Transport transport = null;
    try {
      transport = session.getTransport();
      transport.connect(
          settings.host(),
          settings.port(),
          settings.username().orElse(null),
          settings.password().orElse(null));
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException e) {
      throw SmtpFailures.toDeliveryException(e, settings.host() + ":" + settings.port());
    } finally {
      closeQuietly(transport);
    }
  }

  // Building the message depends on the e-mail alone, so a failure here fails every retry too.
  private MimeMessage compose(Email email) throws MailDeliveryException {
    try {
      return composer.compose(email);
    } catch (AddressException e) {
      throw new MailDeliveryException(
          "Invalid recipient address '" + email.to() + "': " + e.getMessage(), true, e);
    } catch (MessagingException e) {
      throw new MailDeliveryException("Could not build the e-mail: " + e.getMessage(), true, e);
    }
  }

  // Once the server has accepted the message, a failed QUIT must not make the relay send it again.
  private static void closeQuietly(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the delivery's outcome is already decided
      }
    }
  }
}
