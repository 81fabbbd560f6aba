package org.openlicensing.persistence.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openlicensing.api.admin.PlanVersion;
import org.openlicensing.core.catalog.PlanVersionRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

public final class JpaPlanVersionRepository implements PlanVersionRepository {
  private final JpaTransactions transactions;

  public JpaPlanVersionRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(PlanVersion version) {
    Writes.insert(transactions.entityManager(), PlanVersionEntity.of(version));
  }

  @Override
  public List<PlanVersion> findByCode(String code) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT v FROM PlanVersion v WHERE v.code = :code ORDER BY v.version DESC",
            PlanVersionEntity.class)
        .setParameter("code", code)
        .getResultList()
        .stream()
        .map(PlanVersionEntity::toVersion)
        .toList();
  }

  @Override
  public Map<String, Integer> latestVersions() {
    Map<String, Integer> latest = new HashMap<>();
    for (Object[] row :
        transactions
            .entityManager()
            .createQuery(
                "SELECT v.code, MAX(v.version) FROM PlanVersion v GROUP BY v.code", Object[].class)
            .getResultList()) {
      latest.put((String) row[0], ((Number) row[1]).intValue());
    }
    return latest;
  }
}
