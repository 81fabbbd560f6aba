package org.openlicensing.api.admin;

import java.util.Objects;
import org.openlicensing.api.catalog.Plan;

/**
 * A plan of the catalog with the number of its current version. A plan saved before versions were
 * kept is at version 1 with no history yet.
 */
public record VersionedPlan(Plan plan, int version) {
  public VersionedPlan {
    Objects.requireNonNull(plan, "plan");
    if (version < 1) {
      throw new IllegalArgumentException("a plan's versions count from 1: " + version);
    }
  }
}
