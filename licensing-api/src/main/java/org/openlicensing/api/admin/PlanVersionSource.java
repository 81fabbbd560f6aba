package org.openlicensing.api.admin;

/** Where a saved version of a plan came from. */
public enum PlanVersionSource {
  /**
   * The plan as it was found when its history began: stored by the demo seed, by code, or by a
   * release that kept no history. Recorded just before its first change.
   */
  SEED,
  /** Applied from a catalog file at start-up. */
  FILE,
  /** Saved by a platform admin. */
  ADMIN
}
