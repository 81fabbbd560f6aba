package org.openlicensing.persistence.admin;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.admin.SupportNote;
import org.openlicensing.core.admin.SupportNoteRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

public final class JpaSupportNoteRepository implements SupportNoteRepository {
  private final JpaTransactions transactions;

  public JpaSupportNoteRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(SupportNote note) {
    Writes.insert(transactions.entityManager(), SupportNoteEntity.of(note));
  }

  /** Newest first; notes of the same instant by id, newest id first. */
  @Override
  public List<SupportNote> findByAccount(UUID accountId) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT n FROM SupportNote n WHERE n.accountId = :account"
                + " ORDER BY n.createdAt DESC, n.id DESC",
            SupportNoteEntity.class)
        .setParameter("account", accountId)
        .getResultList()
        .stream()
        .map(SupportNoteEntity::toNote)
        .toList();
  }
}
