package org.openlicensing.persistence.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.admin.SupportNote;

/** A row of {@code support_notes}. */
@Entity(name = "SupportNote")
@Table(name = "support_notes")
public class SupportNoteEntity {
  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SupportNoteEntity() {}

  static SupportNoteEntity of(SupportNote note) {
    SupportNoteEntity entity = new SupportNoteEntity();
    entity.id = note.id();
    entity.accountId = note.accountId();
    entity.authorId = note.authorId();
    entity.body = note.body();
    entity.createdAt = note.createdAt();
    return entity;
  }

  SupportNote toNote() {
    return new SupportNote(id, accountId, authorId, body, createdAt);
  }
}
