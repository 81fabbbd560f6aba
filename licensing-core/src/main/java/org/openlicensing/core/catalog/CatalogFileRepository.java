package org.openlicensing.core.catalog;

import java.time.Instant;

/**
 * Remembers the version of the last catalog file applied, so that servers starting with the same
 * file apply it once.
 */
public interface CatalogFileRepository {

  /**
   * The version of the catalog file applied last, 0 before any, locked until the transaction ends:
   * a second server that asks waits until the first has applied its file, then reads its version.
   */
  int lockAppliedVersion();

  /** Records that the file of this version was applied; call with the version locked. */
  void saveAppliedVersion(int version, Instant appliedAt);
}
