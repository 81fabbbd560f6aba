package org.openlicensing.core.catalog;

import java.util.List;
import java.util.Optional;
import org.openlicensing.api.catalog.CatalogService;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.persistence.Transactions;

/** Reads the catalog from its repository. */
public final class DefaultCatalogService implements CatalogService {
  private final Transactions transactions;
  private final PlanRepository plans;

  public DefaultCatalogService(Transactions transactions, PlanRepository plans) {
    this.transactions = transactions;
    this.plans = plans;
  }

  @Override
  public List<Plan> plans() {
    return transactions.inTransaction(plans::findAll).stream().filter(Plan::active).toList();
  }

  @Override
  public Optional<Plan> plan(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return transactions.inTransaction(() -> plans.findByCode(code));
  }
}
