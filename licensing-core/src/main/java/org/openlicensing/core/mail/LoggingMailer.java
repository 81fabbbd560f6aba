package org.openlicensing.core.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer of a server without a mail service: it writes each e-mail to the log, so that a
 * developer can follow the verification link from the console.
 */
public final class LoggingMailer implements Mailer {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingMailer.class);

  @Override
  public void send(Email email) {
    LOG.info(
        "E-mail (no mail service configured) to {}\nSubject: {}\n\n{}",
        email.to(),
        email.subject(),
        email.text());
  }
}
