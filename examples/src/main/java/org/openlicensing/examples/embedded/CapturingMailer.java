package org.openlicensing.examples.embedded;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.Mailer;

/**
 * A mailer that keeps e-mails in memory, so that this example can follow the verification link
 * itself. A real application plugs in the SMTP mailer or its own.
 */
final class CapturingMailer implements Mailer {
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
  private final List<Email> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(Email email) {
    sent.add(email);
  }

  String verificationTokenFor(String address) {
    for (Email email : sent) {
      Matcher matcher = TOKEN.matcher(email.text());
      if (email.to().equals(address) && matcher.find()) {
        return matcher.group(1);
      }
    }
    throw new IllegalStateException("no verification e-mail to " + address);
  }
}
