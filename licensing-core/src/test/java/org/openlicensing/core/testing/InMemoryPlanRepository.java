package org.openlicensing.core.testing;

import java.util.List;
import java.util.Optional;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.catalog.PlanRepository;

final class InMemoryPlanRepository implements PlanRepository {
  private final InMemoryTable<String, Plan> plans;

  InMemoryPlanRepository(InMemoryTransactions transactions) {
    this.plans = transactions.table("plans");
  }

  /** In the order the plans were added, like the database's catalog order. */
  @Override
  public List<Plan> findAll() {
    return List.copyOf(plans.all());
  }

  @Override
  public Optional<Plan> findByCode(String code) {
    return plans.get(code);
  }

  /** Transactions run one at a time here, so every row is locked already. */
  @Override
  public Optional<Plan> lock(String code) {
    return plans.get(code);
  }

  @Override
  public boolean insertIfAbsent(Plan plan) {
    if (plans.containsKey(plan.code())) {
      return false;
    }
    plans.put(plan.code(), plan);
    return true;
  }

  /** Replacing the value keeps the key's place, as the catalog order keeps a plan's. */
  @Override
  public boolean update(Plan plan) {
    if (!plans.containsKey(plan.code())) {
      return false;
    }
    plans.put(plan.code(), plan);
    return true;
  }
}
