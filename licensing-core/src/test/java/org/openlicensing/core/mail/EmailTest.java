package org.openlicensing.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailTest {
  private static Attachment file(String name, int bytes) {
    return new Attachment(name, "application/octet-stream", new byte[bytes]);
  }

  @Test
  void anEmailMadeWithoutAttachmentsHasNone() {
    Email email = new Email("ada@example.org", "Hello", "Hi", Optional.empty());

    assertThat(email.attachments()).isEmpty();
  }

  @Test
  void keepsItsAttachmentsInOrderInAListNobodyCanChange() {
    List<Attachment> files = new ArrayList<>(List.of(file("a.bin", 1), file("b.bin", 2)));
    Email email = new Email("ada@example.org", "Hello", "Hi", Optional.empty(), files);

    files.clear();

    assertThat(email.attachments())
        .extracting(Attachment::filename)
        .containsExactly("a.bin", "b.bin");
    assertThatThrownBy(() -> email.attachments().add(file("c.bin", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void attachmentsMayWeighTenMebibytesTogether() {
    int half = (int) (Email.MAX_ATTACHMENTS_BYTES / 2);

    Email email =
        new Email(
            "ada@example.org",
            "Hello",
            "Hi",
            Optional.empty(),
            List.of(file("a.bin", half), file("b.bin", half)));

    assertThat(email.attachments()).hasSize(2);
    assertThat(Email.MAX_ATTACHMENTS_BYTES).isEqualTo(10 * 1024 * 1024);
  }

  @Test
  void refusesAttachmentsHeavierThanTenMebibytesTogether() {
    int half = (int) (Email.MAX_ATTACHMENTS_BYTES / 2);
    List<Attachment> files = List.of(file("a.bin", half), file("b.bin", half + 1));

    assertThatThrownBy(() -> new Email("ada@example.org", "Hello", "Hi", Optional.empty(), files))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10485760")
        .hasMessageContaining("10485761");
  }

  @Test
  void refusesAMissingListOfAttachments() {
    assertThatThrownBy(() -> new Email("ada@example.org", "Hello", "Hi", Optional.empty(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("attachments");
  }
}
