package org.openlicensing.core.mail;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer of a server without a mail service: it writes each e-mail to the log, so that a
 * developer can follow the verification link from the console. Attachments are named with their
 * sizes only: their bytes are binary, can be large and may hold personal data such as an invoice.
 */
public final class LoggingMailer implements Mailer {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingMailer.class);

  @Override
  public void send(Email email) {
    LOG.info(
        "E-mail (no mail service configured) to {}\nSubject: {}{}\n\n{}",
        email.to(),
        email.subject(),
        attachmentsLine(email),
        email.text());
  }

  static String attachmentsLine(Email email) {
    if (email.attachments().isEmpty()) {
      return "";
    }
    return email.attachments().stream()
        .map(a -> a.filename() + " (" + a.contentType() + ", " + a.size() + " bytes)")
        .collect(Collectors.joining(", ", "\nAttachments: ", ""));
  }
}
