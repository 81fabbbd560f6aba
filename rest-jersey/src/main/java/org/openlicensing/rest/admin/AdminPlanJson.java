package org.openlicensing.rest.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.admin.PlanDetail;
import org.openlicensing.api.admin.PlanVersion;
import org.openlicensing.api.admin.VersionedPlan;
import org.openlicensing.rest.catalog.CatalogPlanJson;

/**
 * The catalog as admins read it. Each {@code plan} has the shape {@code PUT} takes, so that an
 * admin edits what was read and sends it back.
 */
final class AdminPlanJson {
  private AdminPlanJson() {}

  /** A plan of the list, with its current version and the version of its prices. */
  record Summary(String code, int version, int priceVersion, CatalogPlanJson plan) {
    static Summary of(VersionedPlan v) {
      return new Summary(
          v.plan().code(), v.version(), v.plan().priceVersion(), CatalogPlanJson.of(v.plan()));
    }
  }

  /** A plan with its saved versions, newest first. */
  record Detail(
      String code, int version, int priceVersion, CatalogPlanJson plan, List<Version> history) {
    static Detail of(PlanDetail d) {
      return new Detail(
          d.current().plan().code(),
          d.current().version(),
          d.current().plan().priceVersion(),
          CatalogPlanJson.of(d.current().plan()),
          d.history().stream().map(Version::of).toList());
    }
  }

  /**
   * One saved version: where it came from ({@code SEED}, {@code FILE} or {@code ADMIN}), which
   * catalog file or admin saved it, when, and which fields it changed.
   */
  record Version(
      int version,
      int priceVersion,
      String source,
      Integer catalogVersion,
      Instant savedAt,
      UUID savedBy,
      List<String> changes,
      CatalogPlanJson plan) {
    static Version of(PlanVersion v) {
      return new Version(
          v.version(),
          v.plan().priceVersion(),
          v.source().name(),
          v.catalogVersion().orElse(null),
          v.savedAt(),
          v.savedBy().orElse(null),
          v.changes(),
          CatalogPlanJson.of(v.plan()));
    }
  }
}
