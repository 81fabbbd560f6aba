package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.admin.SupportNote;
import org.openlicensing.core.admin.SupportNoteRepository;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link SupportNoteRepository} promises. */
public abstract class SupportNoteRepositoryContract {
  private Persistence store;
  private SupportNoteRepository notes;
  private Seeds seeds;
  private UUID accountId;
  private UUID authorId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    notes = store.supportNotes();
    seeds = new Seeds(store);
    accountId = seeds.account().id();
    authorId = seeds.account().id();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private SupportNote written(UUID id, UUID about, String body, Instant at) {
    SupportNote note = new SupportNote(id, about, authorId, body, at);
    store.transactions().run(() -> notes.insert(note));
    return note;
  }

  private SupportNote written(String body, Instant at) {
    return written(TestData.newId(), accountId, body, at);
  }

  @Test
  void noteIsFoundWithEveryField() {
    SupportNote note = written("Called about a refund; sent the invoice again.", TestData.NOW);

    assertThat(tx(() -> notes.findByAccount(accountId))).containsExactly(note);
  }

  @Test
  void longNoteIsKeptWhole() {
    SupportNote note = written("n".repeat(5_000), TestData.NOW);

    assertThat(tx(() -> notes.findByAccount(accountId))).containsExactly(note);
  }

  @Test
  void notesOfTheAccountComeNewestFirstAndOthersNotAtAll() {
    SupportNote older = written("first call", TestData.minutesLater(1));
    SupportNote newer = written("second call", TestData.minutesLater(2));
    written(TestData.newId(), seeds.account().id(), "someone else", TestData.minutesLater(3));

    assertThat(tx(() -> notes.findByAccount(accountId))).containsExactly(newer, older);
  }

  @Test
  void notesOfTheSameInstantComeNewestIdFirst() {
    SupportNote low =
        written(
            UUID.fromString("00000000-0000-7000-8000-000000000001"),
            accountId,
            "low",
            TestData.NOW);
    SupportNote high =
        written(
            UUID.fromString("ffffffff-0000-7000-8000-000000000001"),
            accountId,
            "high",
            TestData.NOW);

    assertThat(tx(() -> notes.findByAccount(accountId))).containsExactly(high, low);
  }

  @Test
  void accountWithoutNotesHasNone() {
    assertThat(tx(() -> notes.findByAccount(accountId))).isEmpty();
  }
}
