package org.openlicensing.persistence.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.OutboxMessage;

/** A row of {@code outbox_messages}: the e-mail and the state of its delivery. */
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
    return entity;
  }

  OutboxMessage toMessage() {
    return new OutboxMessage(
        id,
        new Email(recipient, subject, textBody, Optional.ofNullable(htmlBody)),
        attempts,
        createdAt);
  }
}
