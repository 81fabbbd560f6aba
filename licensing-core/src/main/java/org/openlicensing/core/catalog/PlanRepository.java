package org.openlicensing.core.catalog;

import java.util.List;
import java.util.Optional;
import org.openlicensing.api.catalog.Plan;

/** Where the plans of the catalog are kept. */
public interface PlanRepository {

  List<Plan> findAll();

  Optional<Plan> findByCode(String code);

  /** Stores the plan unless one with its code exists; returns whether it was stored. */
  boolean insertIfAbsent(Plan plan);
}
