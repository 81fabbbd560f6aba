package org.openlicensing.core.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An e-mail waiting in the outbox, and how often its delivery was tried. */
public record OutboxMessage(UUID id, Email email, int attempts, Instant createdAt) {
  public OutboxMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
