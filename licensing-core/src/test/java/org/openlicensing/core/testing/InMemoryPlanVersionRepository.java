package org.openlicensing.core.testing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openlicensing.api.admin.PlanVersion;
import org.openlicensing.core.catalog.PlanVersionRepository;

final class InMemoryPlanVersionRepository implements PlanVersionRepository {
  private final InMemoryTable<String, PlanVersion> versions;

  InMemoryPlanVersionRepository(InMemoryTransactions transactions) {
    this.versions = transactions.table("plan_versions");
  }

  private static String key(String code, int version) {
    return code + "#" + version;
  }

  @Override
  public void append(PlanVersion version) {
    String key = key(version.code(), version.version());
    versions.requireUnique(!versions.containsKey(key), key);
    versions.put(key, version);
  }

  @Override
  public List<PlanVersion> findByCode(String code) {
    return versions.all().stream()
        .filter(v -> v.code().equals(code))
        .sorted(Comparator.comparingInt(PlanVersion::version).reversed())
        .toList();
  }

  @Override
  public Map<String, Integer> latestVersions() {
    Map<String, Integer> latest = new HashMap<>();
    for (PlanVersion v : versions.all()) {
      latest.merge(v.code(), v.version(), Math::max);
    }
    return latest;
  }
}
