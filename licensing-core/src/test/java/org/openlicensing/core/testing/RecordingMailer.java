package org.openlicensing.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.MailDeliveryException;
import org.openlicensing.core.mail.Mailer;

/** Keeps what it is asked to send; can be told to fail the next sends. */
public final class RecordingMailer implements Mailer {
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
  private final List<Email> sent = new ArrayList<>();
  private MailDeliveryException failWith;
  private int failures;

  @Override
  public synchronized void send(Email email) throws MailDeliveryException {
    if (failures > 0) {
      failures--;
      throw failWith;
    }
    sent.add(email);
  }

  public synchronized void failNext(int times, MailDeliveryException failure) {
    this.failures = times;
    this.failWith = failure;
  }

  public synchronized List<Email> sent() {
    return List.copyOf(sent);
  }

  public synchronized List<Email> sentTo(String address) {
    return sent.stream().filter(e -> e.to().equals(address)).toList();
  }

  /** The token of the newest e-mail to the address that carries a link with one. */
  public synchronized String lastTokenTo(String address) {
    List<Email> mine = sentTo(address);
    for (int i = mine.size() - 1; i >= 0; i--) {
      Matcher matcher = TOKEN.matcher(mine.get(i).text());
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("no e-mail with a token to " + address);
  }
}
