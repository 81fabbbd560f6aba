package org.openlicensing.integrations.smtp;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/** Translates settings into the Jakarta Mail session properties of the {@code smtp} protocol. */
final class SmtpProperties {
  private SmtpProperties() {}

  /**
   * @param socketFactory replaces the JVM's trust store for TLS connections; empty in production
   */
  static Properties of(
      SmtpSettings settings, SmtpTimeouts timeouts, Optional<SSLSocketFactory> socketFactory) {
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", settings.host());
    properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
    properties.setProperty("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
    TlsMode tls = settings.tls();
    properties.setProperty("mail.smtp.ssl.enable", Boolean.toString(tls == TlsMode.TLS));
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(tls == TlsMode.STARTTLS));
    // Without "required", a man in the middle could strip STARTTLS from the server's EHLO answer
    // and read the password and the mail in the clear.
    properties.setProperty(
        "mail.smtp.starttls.required", Boolean.toString(tls == TlsMode.STARTTLS));
    properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    properties.setProperty("mail.smtp.connectiontimeout", millis(timeouts.connect()));
    properties.setProperty("mail.smtp.timeout", millis(timeouts.read()));
    properties.setProperty("mail.smtp.writetimeout", millis(timeouts.write()));
    // Message-IDs take their domain from mail.from; without it Jakarta Mail looks up the local
    // host name, which is slow on some networks and names the machine rather than the sender.
    properties.setProperty("mail.from", settings.fromAddress());
    // By default a failed connection is retried with the JVM's default factory, which would quietly
    // replace the trust the caller chose.
    properties.setProperty("mail.smtp.socketFactory.fallback", "false");
    // An object, not a string: Jakarta Mail reads this key with Properties.get.
    socketFactory.ifPresent(factory -> properties.put("mail.smtp.ssl.socketFactory", factory));
    return properties;
  }

  private static String millis(Duration timeout) {
    return Long.toString(timeout.toMillis());
  }
}
