package org.openlicensing.core.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A transactional e-mail: one recipient, a plain-text body, optionally an HTML one, and files
 * attached in order.
 */
public record Email(
    String to, String subject, String text, Optional<String> html, List<Attachment> attachments) {
  /**
   * The most the attachments of one e-mail may weigh together, 10 MiB. Base64 makes them a third
   * larger on the wire, and common mail services refuse messages of 20 to 25 MB; the outbox also
   * keeps them in its table until they are delivered.
   */
  public static final long MAX_ATTACHMENTS_BYTES = 10L * 1024 * 1024;

  public Email {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    html = html == null ? Optional.empty() : html;
    attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
    long total = attachments.stream().mapToLong(Attachment::size).sum();
    if (total > MAX_ATTACHMENTS_BYTES) {
      throw new IllegalArgumentException(
          "the attachments of an e-mail weigh at most "
              + MAX_ATTACHMENTS_BYTES
              + " bytes together, these weigh "
              + total);
    }
  }

  /** An e-mail without attachments. */
  public Email(String to, String subject, String text, Optional<String> html) {
    this(to, subject, text, html, List.of());
  }
}
