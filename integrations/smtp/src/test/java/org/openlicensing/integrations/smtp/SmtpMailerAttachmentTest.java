package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.mail.Attachment;
import org.openlicensing.core.mail.Email;

/** Files attached to an e-mail arrive over SMTP as parts of their own, byte for byte. */
class SmtpMailerAttachmentTest {
  @RegisterExtension
  final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  private MimeMessage sendAndReceive(Email email) throws Exception {
    new SmtpMailer(TestSettings.plain(greenMail.getSmtp().getPort()), TestSettings.CLOCK)
        .send(email);
    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    return greenMail.getReceivedMessages()[0];
  }

  private static Email withFiles(Optional<String> html, Attachment... files) {
    return new Email(
        "joerg@example.org",
        "Invoice INV-2026-000042 paid",
        "Hallo Jörg, your invoice is attached.",
        html,
        List.of(files));
  }

  private static byte[] bytesOf(BodyPart part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    }
  }

  @Test
  void sendsTheBodyThenEachFileAsMixedParts() throws Exception {
    byte[] pdf = randomBytes(50_000);
    byte[] csv = "a;b\nc;d\n".getBytes(StandardCharsets.UTF_8);

    MimeMessage received =
        sendAndReceive(
            withFiles(
                Optional.empty(),
                new Attachment("INV-2026-000042.pdf", "application/pdf", pdf),
                new Attachment("usage.csv", "text/csv; charset=UTF-8", csv)));

    assertThat(received.getContentType()).startsWith("multipart/mixed");
    MimeMultipart parts = (MimeMultipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(3);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(parts.getBodyPart(0).getContent())
        .isEqualTo("Hallo Jörg, your invoice is attached.");

    BodyPart invoice = parts.getBodyPart(1);
    assertThat(invoice.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(invoice.getFileName()).isEqualTo("INV-2026-000042.pdf");
    assertThat(invoice.getContentType()).startsWith("application/pdf");
    assertThat(bytesOf(invoice)).isEqualTo(pdf);

    BodyPart usage = parts.getBodyPart(2);
    assertThat(usage.getFileName()).isEqualTo("usage.csv");
    assertThat(usage.getContentType()).startsWith("text/csv");
    assertThat(bytesOf(usage)).isEqualTo(csv);
  }

  @Test
  void encodesEveryFileInBase64SoThatEvenLineEndsOfTextFilesSurvive() throws Exception {
    byte[] text = "line one\nline two\rline three\n".getBytes(StandardCharsets.US_ASCII);

    MimeMessage received =
        sendAndReceive(
            withFiles(Optional.empty(), new Attachment("notes.txt", "text/plain", text)));

    BodyPart file = ((MimeMultipart) received.getContent()).getBodyPart(1);
    assertThat(file.getHeader("Content-Transfer-Encoding")).containsExactly("base64");
    assertThat(bytesOf(file)).isEqualTo(text);
  }

  @Test
  void keepsTextAndHtmlAsAlternativesInsideTheMixedMessage() throws Exception {
    byte[] pdf = randomBytes(1_000);

    MimeMessage received =
        sendAndReceive(
            withFiles(
                Optional.of("<p>Hallo Jörg</p>"),
                new Attachment("INV-2026-000042.pdf", "application/pdf", pdf)));

    MimeMultipart mixed = (MimeMultipart) received.getContent();
    assertThat(mixed.getCount()).isEqualTo(2);
    MimeMultipart body = (MimeMultipart) mixed.getBodyPart(0).getContent();
    assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
    assertThat(body.getBodyPart(0).getContent()).isEqualTo("Hallo Jörg, your invoice is attached.");
    assertThat(body.getBodyPart(1).getContent()).isEqualTo("<p>Hallo Jörg</p>");
    assertThat(bytesOf(mixed.getBodyPart(1))).isEqualTo(pdf);
  }

  @Test
  void carriesAFilenameWithNonAsciiLetters() throws Exception {
    MimeMessage received =
        sendAndReceive(
            withFiles(
                Optional.empty(),
                new Attachment("Rechnung März.pdf", "application/pdf", new byte[] {1, 2, 3})));

    BodyPart file = ((MimeMultipart) received.getContent()).getBodyPart(1);
    assertThat(file.getFileName()).isEqualTo("Rechnung März.pdf");
  }

  @Test
  void anEmailWithoutFilesStaysASinglePart() throws Exception {
    MimeMessage received = sendAndReceive(withFiles(Optional.empty()));

    assertThat(received.getContentType()).startsWith("text/plain; charset=UTF-8");
  }
}
