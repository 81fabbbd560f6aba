package org.openlicensing.server.testing;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The e-mails a real SMTP server (GreenMail) received from the server under test. */
public final class Mailbox {
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%-]+)");
  private final GreenMailOperations greenMail;

  public Mailbox(GreenMailOperations greenMail) {
    this.greenMail = greenMail;
  }

  /** Waits for the first e-mail to the address whose text holds a {@code token=} link. */
  public MimeMessage await(String to, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      Optional<MimeMessage> found =
          Arrays.stream(greenMail.getReceivedMessages())
              .filter(m -> addressedTo(m, to))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no e-mail to " + to + " arrived within " + timeout);
  }

  /** Waits until at least {@code count} e-mails to the address arrived; returns how many did. */
  public long awaitCount(String to, int count, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (countTo(to) < count && Instant.now().isBefore(end)) {
      greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
    }
    return countTo(to);
  }

  /** Waits for the first e-mail to the address whose subject contains {@code subject}. */
  public MimeMessage awaitSubject(String to, String subject, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      Optional<MimeMessage> found = withSubject(to, subject).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
    }
    throw new AssertionError(
        "no e-mail to " + to + " with subject \"" + subject + "\" arrived within " + timeout);
  }

  /**
   * Waits until at least {@code count} e-mails to the address with the subject arrived; returns how
   * many did.
   */
  public long awaitSubjectCount(String to, String subject, int count, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (countWithSubject(to, subject) < count && Instant.now().isBefore(end)) {
      greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
    }
    return countWithSubject(to, subject);
  }

  /** The newest e-mail to the address with the subject, once at least {@code count} arrived. */
  public MimeMessage awaitNthWithSubject(String to, String subject, int count, Duration timeout) {
    long arrived = awaitSubjectCount(to, subject, count, timeout);
    if (arrived < count) {
      throw new AssertionError(
          arrived + " e-mails to " + to + " with subject \"" + subject + "\", not " + count);
    }
    return withSubject(to, subject).skip(count - 1).findFirst().orElseThrow();
  }

  public long countWithSubject(String to, String subject) {
    return withSubject(to, subject).count();
  }

  private Stream<MimeMessage> withSubject(String to, String subject) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> addressedTo(m, to))
        .filter(m -> subjectOf(m).contains(subject));
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }

  public long countTo(String to) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, to)).count();
  }

  /** The token of the link in the e-mail's text. */
  public static String tokenOf(MimeMessage message) {
    String text = textOf(message);
    Matcher matcher = TOKEN.matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("the e-mail holds no token= link: " + text);
    }
    return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
  }

  /** The decoded text/plain part of the e-mail. */
  public static String textOf(MimeMessage message) {
    try {
      return textOf((Part) message);
    } catch (MessagingException | IOException e) {
      throw new AssertionError("cannot read the e-mail", e);
    }
  }

  private static String textOf(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = textOf(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static boolean addressedTo(MimeMessage message, String to) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(to));
    } catch (MessagingException e) {
      return false;
    }
  }
}
