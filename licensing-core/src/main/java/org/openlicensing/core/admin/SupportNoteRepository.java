package org.openlicensing.core.admin;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.admin.SupportNote;

/** Where staff's notes on accounts are kept. */
public interface SupportNoteRepository {

  void insert(SupportNote note);

  /** The account's notes, newest first. */
  List<SupportNote> findByAccount(UUID accountId);
}
