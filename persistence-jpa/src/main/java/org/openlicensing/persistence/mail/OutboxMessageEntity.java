package org.openlicensing.persistence.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.openlicensing.core.mail.Attachment;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.OutboxMessage;

/**
 * A row of {@code outbox_messages}: the e-mail and the state of its delivery, with its attachments
 * in {@code outbox_attachments}.
 */
@Entity(name = "OutboxMessage")
@Table(name = "outbox_messages")
public class OutboxMessageEntity {
  @Id private UUID id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(name = "text_body", nullable = false)
  private String textBody;

  @Column(name = "html_body")
  private String htmlBody;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutboxStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "dead_at")
  private Instant deadAt;

  // Read only when a claimed message is turned into an e-mail; the claimed batch's files come in
  // one query rather than one per message. That read must be read-only (as claimDue's is):
  // EclipseLink 5.0 fails at commit when it tracks batch-fetched embeddables for changes.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "outbox_attachments", joinColumns = @JoinColumn(name = "message_id"))
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<OutboxAttachmentRow> attachments = new ArrayList<>();

  protected OutboxMessageEntity() {}

  /** A message that is due at once. */
  static OutboxMessageEntity of(OutboxMessage message) {
    OutboxMessageEntity entity = new OutboxMessageEntity();
    entity.id = message.id();
    entity.recipient = message.email().to();
    entity.subject = message.email().subject();
    entity.textBody = message.email().text();
    entity.htmlBody = message.email().html().orElse(null);
    entity.status = OutboxStatus.PENDING;
    entity.attempts = message.attempts();
    entity.createdAt = message.createdAt();
    entity.nextAttemptAt = message.createdAt();
    List<Attachment> attachments = message.email().attachments();
    for (int position = 0; position < attachments.size(); position++) {
      entity.attachments.add(OutboxAttachmentRow.of(position, attachments.get(position)));
    }
    return entity;
  }

  OutboxMessage toMessage() {
    return new OutboxMessage(
        id,
        new Email(
            recipient,
            subject,
            textBody,
            Optional.ofNullable(htmlBody),
            attachments.stream().map(OutboxAttachmentRow::toAttachment).toList()),
        attempts,
        createdAt);
  }
}
