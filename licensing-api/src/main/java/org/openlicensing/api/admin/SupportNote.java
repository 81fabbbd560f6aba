package org.openlicensing.api.admin;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An internal note staff keep on an account; the account's owner never sees it. */
public record SupportNote(UUID id, UUID accountId, UUID authorId, String body, Instant createdAt) {
  public SupportNote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(authorId, "authorId");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
