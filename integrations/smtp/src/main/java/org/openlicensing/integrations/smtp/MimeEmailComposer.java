package org.openlicensing.integrations.smtp;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import org.openlicensing.core.mail.Attachment;
import org.openlicensing.core.mail.Email;

/** Turns an {@link Email} into a MIME message ready for the wire. */
final class MimeEmailComposer {
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final Session session;
  private final InternetAddress from;
  private final Clock clock;

  MimeEmailComposer(Session session, SmtpSettings settings, Clock clock) {
    this.session = session;
    this.from = sender(settings);
    this.clock = clock;
  }

  /**
   * @throws jakarta.mail.internet.AddressException when the recipient is not a valid address
   */
  MimeMessage compose(Email email) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(from);
    message.setRecipient(RecipientType.TO, recipient(email.to()));
    message.setSubject(oneLine(email.subject()), UTF_8);
    message.setSentDate(Date.from(clock.instant()));
    if (email.attachments().isEmpty()) {
      setBody(message, email);
    } else {
      message.setContent(mixed(email));
    }
    // Transport.sendMessage, unlike Transport.send, does not do this: it writes the Message-ID,
    // MIME-Version and the final Content-Type headers.
    message.saveChanges();
    return message;
  }

  private static void setBody(MimePart part, Email email) throws MessagingException {
    if (email.html().isPresent()) {
      part.setContent(alternatives(email.text(), email.html().get()));
    } else {
      part.setText(email.text(), UTF_8);
    }
  }

  // The body first, as clients expect, then the files in the order the e-mail lists them.
  private static MimeMultipart mixed(Email email) throws MessagingException {
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart body = new MimeBodyPart();
    setBody(body, email);
    mixed.addBodyPart(body);
    for (Attachment attachment : email.attachments()) {
      mixed.addBodyPart(file(attachment));
    }
    return mixed;
  }

  private static MimeBodyPart file(Attachment attachment) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(
        new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
    part.setDisposition(Part.ATTACHMENT);
    part.setFileName(attachment.filename());
    // Always base64, even for text files: 7bit and quoted-printable let the wire rewrite line
    // endings, and a file must arrive with the bytes it was sent with.
    part.setHeader("Content-Transfer-Encoding", "base64");
    return part;
  }

  // Mail clients show the last alternative they can render, so HTML goes after the plain text.
  private static MimeMultipart alternatives(String text, String html) throws MessagingException {
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text, UTF_8);
    MimeBodyPart rich = new MimeBodyPart();
    rich.setText(html, UTF_8, "html");
    MimeMultipart multipart = new MimeMultipart("alternative");
    multipart.addBodyPart(plain);
    multipart.addBodyPart(rich);
    return multipart;
  }

  private static InternetAddress recipient(String to) throws MessagingException {
    InternetAddress address = new InternetAddress(to, true);
    address.validate();
    return address;
  }

  // Subjects may carry user-supplied names; a line break in them would start a new header.
  private static String oneLine(String subject) {
    return subject.replaceAll("[\\r\\n]+", " ");
  }

  private static InternetAddress sender(SmtpSettings settings) {
    try {
      return new InternetAddress(settings.fromAddress(), settings.fromName().orElse(null), UTF_8);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }
}
