package org.openlicensing.integrations.smtp;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@link SmtpSettings} from the server's configuration keys: {@code SMTP_HOST}, {@code
 * SMTP_PORT}, {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code SMTP_TLS} and {@code MAIL_FROM}.
 * A bad value fails with a message that names its key.
 */
public final class SmtpEnvironment {
  /** Without {@code SMTP_TLS}, a password is never sent over an unprotected connection. */
  public static final TlsMode DEFAULT_TLS = TlsMode.STARTTLS;

  private SmtpEnvironment() {}

  /**
   * Returns the settings, or empty when {@code SMTP_HOST} is not set (the server then has no SMTP
   * mailer). A blank value counts as not set, as container environments often define empty keys.
   *
   * @param variables looks a key up, such as {@code System::getenv}; answers null when unset
   */
  public static Optional<SmtpSettings> read(Function<String, String> variables) {
    Optional<String> host = value(variables, "SMTP_HOST");
    if (host.isEmpty()) {
      return Optional.empty();
    }
    TlsMode tls = value(variables, "SMTP_TLS").map(SmtpEnvironment::tlsMode).orElse(DEFAULT_TLS);
    int port = value(variables, "SMTP_PORT").map(SmtpEnvironment::port).orElse(tls.defaultPort());
    InternetAddress from =
        value(variables, "MAIL_FROM")
            .map(SmtpEnvironment::sender)
            .orElseThrow(
                () -> new IllegalArgumentException("MAIL_FROM is required when SMTP_HOST is set"));
    Optional<String> username = value(variables, "SMTP_USERNAME");
    Optional<String> password = value(variables, "SMTP_PASSWORD");
    if (host.get().chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "SMTP_HOST must be a host name without blanks, was '" + host.get() + "'");
    }
    if (password.isPresent() && username.isEmpty()) {
      throw new IllegalArgumentException("SMTP_PASSWORD is set without SMTP_USERNAME");
    }
    return Optional.of(
        new SmtpSettings(
            host.get(),
            port,
            tls,
            username,
            password,
            from.getAddress(),
            Optional.ofNullable(from.getPersonal())));
  }

  private static Optional<String> value(Function<String, String> variables, String key) {
    return Optional.ofNullable(variables.apply(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static TlsMode tlsMode(String value) {
    try {
      return TlsMode.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "SMTP_TLS must be one of none, starttls, tls; was '" + value + "'", e);
    }
  }

  private static int port(String value) {
    int port;
    try {
      port = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      port = 0;
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "SMTP_PORT must be a number from 1 to 65535, was '" + value + "'");
    }
    return port;
  }

  private static InternetAddress sender(String value) {
    try {
      return new InternetAddress(value, true);
    } catch (AddressException e) {
      throw new IllegalArgumentException(
          "MAIL_FROM must be an address such as 'OpenLicensing <no-reply@example.com>', was '"
              + value
              + "'",
          e);
    }
  }
}
