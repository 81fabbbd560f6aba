package org.openlicensing.core.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.openlicensing.api.catalog.Plan;

/**
 * What an edit changes in a plan, field by field, as the history and the audit log name it. The
 * price version is the plan's bookkeeping, not an edit, and is left out.
 */
final class PlanChanges {
  static final String CREATED = "created";
  static final String PRICES = "prices";

  private PlanChanges() {}

  /** The names of the fields that differ, in the plan's order; none when nothing does. */
  static List<String> between(Plan before, Plan after) {
    List<String> changes = new ArrayList<>();
    compare(changes, "name", before, after, Plan::name);
    compare(changes, "description", before, after, Plan::description);
    if (pricesDiffer(before, after)) {
      changes.add(PRICES);
    }
    compare(changes, "minSeats", before, after, Plan::minSeats);
    compare(changes, "maxSeats", before, after, Plan::maxSeats);
    compare(changes, "trialDays", before, after, Plan::trialDays);
    compare(changes, "entitlements", before, after, Plan::entitlements);
    compare(changes, "policy", before, after, Plan::policy);
    compare(changes, "kycRequired", before, after, Plan::kycRequired);
    compare(changes, "active", before, after, Plan::active);
    return changes;
  }

  /**
   * Whether the prices differ as a set: listing the same prices in another order changes what
   * nobody pays, so it raises no price version.
   */
  static boolean pricesDiffer(Plan before, Plan after) {
    return !new HashSet<>(before.prices()).equals(new HashSet<>(after.prices()));
  }

  private static void compare(
      List<String> changes, String field, Plan before, Plan after, Function<Plan, ?> value) {
    if (!Objects.equals(value.apply(before), value.apply(after))) {
      changes.add(field);
    }
  }
}
