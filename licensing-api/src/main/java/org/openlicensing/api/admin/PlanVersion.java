package org.openlicensing.api.admin;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Plan;

/**
 * One saved version of a plan, for admins to see what changed, when, and by whom.
 *
 * @param version counts the versions of this plan from 1
 * @param plan the whole plan as saved
 * @param catalogVersion the catalog file's version, when the file saved it
 * @param savedBy the admin's account, when an admin saved it
 * @param changes the fields that differ from the version before, such as {@code prices} or {@code
 *     name}; {@code created} for a new plan; none for {@link PlanVersionSource#SEED}
 */
public record PlanVersion(
    int version,
    Plan plan,
    PlanVersionSource source,
    Optional<Integer> catalogVersion,
    Instant savedAt,
    Optional<UUID> savedBy,
    List<String> changes) {

  public PlanVersion {
    if (version < 1) {
      throw new IllegalArgumentException("a plan's versions count from 1: " + version);
    }
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(catalogVersion, "catalogVersion");
    Objects.requireNonNull(savedAt, "savedAt");
    Objects.requireNonNull(savedBy, "savedBy");
    changes = List.copyOf(changes);
  }

  public String code() {
    return plan.code();
  }
}
