package org.openlicensing.core.catalog;

import java.util.List;
import java.util.Map;
import org.openlicensing.api.admin.PlanVersion;

/** The saved versions of the plans: what each version was, when, by whom and from where. */
public interface PlanVersionRepository {

  /**
   * Stores a version; a second version with the same plan and number breaks a uniqueness rule
   * (DuplicateKeyException). Call with the plan locked.
   */
  void append(PlanVersion version);

  /** The versions of one plan, newest first; none for an unknown plan. */
  List<PlanVersion> findByCode(String code);

  /** The number of the newest version of each plan that has one. */
  Map<String, Integer> latestVersions();
}
