package org.openlicensing.core.catalog;

import java.util.List;
import java.util.Optional;
import org.openlicensing.api.catalog.Plan;

/** Where the plans of the catalog are kept. */
public interface PlanRepository {

  /** Every plan, retired ones too, in the order they were added. */
  List<Plan> findAll();

  Optional<Plan> findByCode(String code);

  /**
   * The plan, locked until the transaction ends, so that edits of one plan take turns: each one
   * then judges the version the one before it saved.
   */
  Optional<Plan> lock(String code);

  /** Stores the plan unless one with its code exists; returns whether it was stored. */
  boolean insertIfAbsent(Plan plan);

  /**
   * Replaces every field of the stored plan with the same code, its prices and entitlements
   * included; returns false when there is no such plan.
   */
  boolean update(Plan plan);
}
