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
