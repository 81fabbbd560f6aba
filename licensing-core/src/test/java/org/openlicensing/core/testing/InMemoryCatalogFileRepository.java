package org.openlicensing.core.testing;

import java.time.Instant;
import org.openlicensing.core.catalog.CatalogFileRepository;

/** One row, like the database's; the transaction's lock is the row lock. */
final class InMemoryCatalogFileRepository implements CatalogFileRepository {
  private static final String ROW = "catalog";

  private final InMemoryTable<String, Integer> applied;

  InMemoryCatalogFileRepository(InMemoryTransactions transactions) {
    this.applied = transactions.table("catalog_state");
  }

  @Override
  public int lockAppliedVersion() {
    return applied.get(ROW).orElse(0);
  }

  @Override
  public void saveAppliedVersion(int version, Instant appliedAt) {
    applied.put(ROW, version);
  }
}
