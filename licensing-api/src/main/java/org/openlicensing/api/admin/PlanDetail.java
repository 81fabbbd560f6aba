package org.openlicensing.api.admin;

import java.util.List;
import java.util.Objects;

/** A plan as it is now, with its saved versions, newest first. */
public record PlanDetail(VersionedPlan current, List<PlanVersion> history) {
  public PlanDetail {
    Objects.requireNonNull(current, "current");
    history = List.copyOf(history);
  }
}
