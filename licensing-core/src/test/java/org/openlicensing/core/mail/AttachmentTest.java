package org.openlicensing.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentTest {
  private static final byte[] PDF = {'%', 'P', 'D', 'F', 0, (byte) 0xFF};

  @Test
  void keepsItsOwnCopyOfTheBytes() {
    byte[] content = PDF.clone();
    Attachment attachment = new Attachment("INV-2026-000042.pdf", "application/pdf", content);

    content[0] = 'X';
    attachment.content()[1] = 'X';

    assertThat(attachment.content()).isEqualTo(PDF);
  }

  @Test
  void equalsAnotherWithTheSameNameTypeAndBytes() {
    Attachment one = new Attachment("a.pdf", "application/pdf", PDF.clone());
    Attachment same = new Attachment("a.pdf", "application/pdf", PDF.clone());
    Attachment otherBytes = new Attachment("a.pdf", "application/pdf", new byte[] {1});

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(otherBytes);
  }

  @Test
  void describesItselfWithoutItsBytes() {
    Attachment attachment = new Attachment("a.pdf", "application/pdf", new byte[2048]);

    assertThat(attachment).hasToString("Attachment[a.pdf, application/pdf, 2048 bytes]");
    assertThat(attachment.size()).isEqualTo(2048);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        ".",
        "..",
        "../etc/passwd",
        "invoices/a.pdf",
        "C:\\invoices\\a.pdf",
        "a.pdf\r\nContent-Type: text/html",
        "a\u0000.pdf"
      })
  void refusesAFilenameThatIsNotOneSafeName(String filename) {
    assertThatThrownBy(() -> new Attachment(filename, "application/pdf", PDF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filename")
        .hasMessageNotContaining("\r");
  }

  @Test
  void refusesAFilenameLongerThan255Characters() {
    assertThatThrownBy(() -> new Attachment("a".repeat(252) + ".pdf", "application/pdf", PDF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsANameWithSpacesAndLettersOfAnyLanguage() {
    assertThat(new Attachment("Rechnung März 2026.pdf", "application/pdf", PDF).filename())
        .isEqualTo("Rechnung März 2026.pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "pdf", "application/", "application/pdf\r\nBcc: x@example.org"})
  void refusesWhatIsNotAMediaType(String contentType) {
    assertThatThrownBy(() -> new Attachment("a.pdf", contentType, PDF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsAMediaTypeWithParameters() {
    assertThat(new Attachment("a.csv", "text/csv; charset=UTF-8", PDF).contentType())
        .isEqualTo("text/csv; charset=UTF-8");
  }
}
