package org.openlicensing.persistence.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.openlicensing.core.mail.Attachment;

/** A row of {@code outbox_attachments}: one file of an outbox message and its place among them. */
@Embeddable
public class OutboxAttachmentRow {
  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String filename;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private byte[] content;

  protected OutboxAttachmentRow() {}

  static OutboxAttachmentRow of(int position, Attachment attachment) {
    OutboxAttachmentRow row = new OutboxAttachmentRow();
    row.position = position;
    row.filename = attachment.filename();
    row.contentType = attachment.contentType();
    row.content = attachment.content();
    return row;
  }

  Attachment toAttachment() {
    return new Attachment(filename, contentType, content);
  }
}
