package org.openlicensing.integrations.smtp;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to hand e-mails to an SMTP server, and whom they come from. {@link SmtpEnvironment}
 * reads them from the {@code SMTP_*} and {@code MAIL_FROM} variables.
 *
 * @param fromAddress the bare sender address, such as {@code no-reply@example.com}
 * @param fromName the display name shown with it, such as {@code OpenLicensing}
 */
public record SmtpSettings(
    String host,
    int port,
    TlsMode tls,
    Optional<String> username,
    Optional<String> password,
    String fromAddress,
    Optional<String> fromName) {

  public SmtpSettings {
    Objects.requireNonNull(tls, "tls");
    username = username == null ? Optional.empty() : username;
    password = password == null ? Optional.empty() : password;
    fromName = fromName == null ? Optional.empty() : fromName;
    if (host == null || host.isBlank() || !host.strip().equals(host)) {
      throw new IllegalArgumentException(
          "SMTP host must be a host name without blanks, was '" + host + "'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("SMTP port must be from 1 to 65535, was " + port);
    }
    if (username.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("SMTP username must not be blank when given");
    }
    if (password.isPresent() && username.isEmpty()) {
      throw new IllegalArgumentException("SMTP password is given without a username");
    }
    requireBareAddress(fromAddress);
    if (fromName.filter(name -> name.isBlank() || hasLineBreak(name)).isPresent()) {
      throw new IllegalArgumentException(
          "Sender display name must be one non-blank line, was '" + fromName.get() + "'");
    }
  }

  /** The password is left out, so that settings can be logged. */
  @Override
  public String toString() {
    return "SmtpSettings[host="
        + host
        + ", port="
        + port
        + ", tls="
        + tls
        + ", username="
        + username.orElse("<none>")
        + ", password="
        + (password.isPresent() ? "<hidden>" : "<none>")
        + ", from="
        + fromName.map(name -> name + " ").orElse("")
        + "<"
        + fromAddress
        + ">]";
  }

  private static void requireBareAddress(String address) {
    String problem =
        "Sender address must be a bare e-mail address such as no-reply@example.com, was '"
            + address
            + "'";
    if (address == null || hasLineBreak(address)) {
      throw new IllegalArgumentException(problem);
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      parsed.validate();
      boolean bare = parsed.getPersonal() == null && parsed.getAddress().equals(address);
      if (!bare || address.indexOf('@') < 1 || address.endsWith("@")) {
        throw new IllegalArgumentException(problem);
      }
    } catch (AddressException e) {
      throw new IllegalArgumentException(problem + ": " + e.getMessage(), e);
    }
  }

  private static boolean hasLineBreak(String value) {
    return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
  }
}
