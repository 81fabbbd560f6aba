package org.openlicensing.core.catalog;

import java.util.List;

/**
 * What applying a catalog file did: nothing, when a file of its version or a newer one was applied
 * before; otherwise which plans it created, which it updated and which it found as they were.
 *
 * @param previousVersion the version of the file applied before, 0 for none
 */
public record CatalogSyncReport(
    boolean applied,
    int fileVersion,
    int previousVersion,
    List<String> created,
    List<String> updated,
    List<String> unchanged) {

  public CatalogSyncReport {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    unchanged = List.copyOf(unchanged);
  }

  static CatalogSyncReport skipped(int fileVersion, int appliedVersion) {
    return new CatalogSyncReport(
        false, fileVersion, appliedVersion, List.of(), List.of(), List.of());
  }

  /** One line for the start-up log. */
  @Override
  public String toString() {
    if (!applied) {
      return "catalog file version "
          + fileVersion
          + " skipped: version "
          + previousVersion
          + " is applied already";
    }
    return "catalog file version "
        + fileVersion
        + " applied over version "
        + previousVersion
        + ": created "
        + created
        + ", updated "
        + updated
        + ", unchanged "
        + unchanged;
  }
}
