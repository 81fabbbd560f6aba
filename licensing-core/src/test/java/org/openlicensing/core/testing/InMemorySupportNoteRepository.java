package org.openlicensing.core.testing;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.admin.SupportNote;
import org.openlicensing.core.admin.SupportNoteRepository;

final class InMemorySupportNoteRepository implements SupportNoteRepository {
  private static final Comparator<SupportNote> NEWEST_FIRST =
      Comparator.comparing(SupportNote::createdAt)
          .thenComparing(SupportNote::id, UuidOrder.ASCENDING)
          .reversed();

  private final InMemoryTable<UUID, SupportNote> notes;

  InMemorySupportNoteRepository(InMemoryTransactions transactions) {
    this.notes = transactions.table("support_notes");
  }

  @Override
  public void insert(SupportNote note) {
    notes.requireUnique(!notes.containsKey(note.id()), "id");
    notes.put(note.id(), note);
  }

  @Override
  public List<SupportNote> findByAccount(UUID accountId) {
    return notes.all().stream()
        .filter(n -> n.accountId().equals(accountId))
        .sorted(NEWEST_FIRST)
        .toList();
  }
}
