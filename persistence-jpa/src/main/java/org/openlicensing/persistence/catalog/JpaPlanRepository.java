package org.openlicensing.persistence.catalog;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.RowLocks;

public final class JpaPlanRepository implements PlanRepository {
  private final JpaTransactions transactions;

  public JpaPlanRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  /** The plans in the order they were added to the catalog. */
  @Override
  public List<Plan> findAll() {
    return transactions
        .entityManager()
        .createQuery("SELECT p FROM Plan p ORDER BY p.catalogOrder", PlanEntity.class)
        .getResultList()
        .stream()
        .map(PlanEntity::toPlan)
        .toList();
  }

  @Override
  public Optional<Plan> findByCode(String code) {
    return Optional.ofNullable(transactions.entityManager().find(PlanEntity.class, code))
        .map(PlanEntity::toPlan);
  }

  @Override
  public Optional<Plan> lock(String code) {
    EntityManager em = transactions.entityManager();
    return RowLocks.forUpdate(
            em,
            em.createQuery("SELECT p FROM Plan p WHERE p.code = :code", PlanEntity.class)
                .setParameter("code", code))
        .getResultList()
        .stream()
        .findFirst()
        .map(PlanEntity::toPlan);
  }

  @Override
  public boolean insertIfAbsent(Plan plan) {
    return PlanInsert.insertIfAbsent(transactions.entityManager(), plan);
  }

  @Override
  public boolean update(Plan plan) {
    return PlanUpdate.update(transactions.entityManager(), plan);
  }
}
