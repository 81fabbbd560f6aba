package org.openlicensing.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoggingMailerTest {
  @Test
  void namesEachAttachmentWithItsTypeAndSizeButNotItsBytes() {
    byte[] secret = "IBAN DE89 3704 0044 0532 0130 00".getBytes(StandardCharsets.UTF_8);
    Email email =
        new Email(
            "ada@example.org",
            "Invoice INV-2026-000042 paid",
            "Thank you",
            Optional.empty(),
            List.of(
                new Attachment("INV-2026-000042.pdf", "application/pdf", secret),
                new Attachment("terms.txt", "text/plain", new byte[3])));

    String line = LoggingMailer.attachmentsLine(email);

    assertThat(line)
        .isEqualTo(
            "\nAttachments: INV-2026-000042.pdf (application/pdf, "
                + secret.length
                + " bytes), terms.txt (text/plain, 3 bytes)")
        .doesNotContain("IBAN");
  }

  @Test
  void saysNothingAboutAttachmentsWhenThereAreNone() {
    Email email = new Email("ada@example.org", "Hello", "Hi", Optional.empty());

    assertThat(LoggingMailer.attachmentsLine(email)).isEmpty();
  }
}
