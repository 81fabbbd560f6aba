package org.openlicensing.core.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.admin.PlanVersion;
import org.openlicensing.api.admin.PlanVersionSource;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.support.Callers;

/**
 * Saves plans, admins' and catalog files' alike: each save stores the plan, a new version in its
 * history and an audit event, in the caller's transaction, so that the three are kept or lost
 * together. A change of prices raises the plan's price version; any other change keeps it, so that
 * subscriptions are repriced only when a price changed.
 */
public final class CatalogEditor {
  private final PlanRepository plans;
  private final PlanVersionRepository versions;
  private final AuditLog audit;
  private final Clock clock;

  public CatalogEditor(
      PlanRepository plans, PlanVersionRepository versions, AuditLog audit, Clock clock) {
    this.plans = plans;
    this.versions = versions;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who saves: a platform admin, or the catalog file of a version (then no one). */
  public record Origin(
      PlanVersionSource source, Caller actor, Optional<Integer> catalogVersion, ClientInfo client) {

    public static Origin admin(Caller actor, ClientInfo client) {
      return new Origin(PlanVersionSource.ADMIN, actor, Optional.empty(), client);
    }

    public static Origin file(int catalogVersion) {
      return new Origin(PlanVersionSource.FILE, null, Optional.of(catalogVersion), null);
    }
  }

  /** What a save did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * Stores a new plan at its first version; returns false, storing nothing, if its code is taken.
   */
  public boolean create(Plan plan, Origin origin) {
    Plan stored = atPriceVersion(plan, 1);
    if (!plans.insertIfAbsent(stored)) {
      return false;
    }
    versions.append(version(1, stored, origin, List.of(PlanChanges.CREATED)));
    audit.record(
        origin.actor(),
        entry("catalog.plan_created", stored, origin)
            .with("version", "1")
            .with("priceVersion", Integer.toString(stored.priceVersion())),
        origin.client());
    return true;
  }

  /**
   * Replaces the stored plan of the same code with this one, at the price version its prices call
   * for; empty when there is no such plan. Saving what is stored saves nothing.
   */
  public Optional<Outcome> replace(Plan plan, Origin origin) {
    Optional<Plan> locked = plans.lock(plan.code());
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Plan before = locked.get();
    List<String> changes = PlanChanges.between(before, plan);
    if (changes.isEmpty()) {
      return Optional.of(Outcome.UNCHANGED);
    }
    int priceVersion = before.priceVersion() + (changes.contains(PlanChanges.PRICES) ? 1 : 0);
    Plan after = atPriceVersion(plan, priceVersion);
    plans.update(after);
    int previous = previousVersion(before);
    versions.append(version(previous + 1, after, origin, changes));
    audit.record(
        origin.actor(),
        entry("catalog.plan_updated", after, origin)
            .with("fromVersion", Integer.toString(previous))
            .with("toVersion", Integer.toString(previous + 1))
            .with("fromPriceVersion", Integer.toString(before.priceVersion()))
            .with("toPriceVersion", Integer.toString(priceVersion))
            .with("changes", String.join(",", changes)),
        origin.client());
    return Optional.of(Outcome.UPDATED);
  }

  /**
   * The number of the plan's newest version. A plan stored before its history was kept gets the way
   * it was found as version 1, so that the history shows what the first change changed.
   */
  private int previousVersion(Plan before) {
    List<PlanVersion> history = versions.findByCode(before.code());
    if (!history.isEmpty()) {
      return history.get(0).version();
    }
    versions.append(
        new PlanVersion(
            1,
            before,
            PlanVersionSource.SEED,
            Optional.empty(),
            clock.instant(),
            Optional.empty(),
            List.of()));
    return 1;
  }

  private PlanVersion version(int number, Plan plan, Origin origin, List<String> changes) {
    Instant now = clock.instant();
    UUID savedBy = origin.actor() == null ? null : Callers.accountIdOf(origin.actor());
    return new PlanVersion(
        number,
        plan,
        origin.source(),
        origin.catalogVersion(),
        now,
        Optional.ofNullable(savedBy),
        changes);
  }

  private static AuditEntry entry(String action, Plan plan, Origin origin) {
    AuditEntry entry =
        new AuditEntry(action, "plan", null, null, Map.of())
            .with("plan", plan.code())
            .with("source", origin.source().name());
    return origin
        .catalogVersion()
        .map(v -> entry.with("catalogVersion", Integer.toString(v)))
        .orElse(entry);
  }

  static Plan atPriceVersion(Plan plan, int priceVersion) {
    return new Plan(
        plan.code(),
        plan.name(),
        plan.description(),
        plan.prices(),
        plan.minSeats(),
        plan.maxSeats(),
        plan.trialDays(),
        plan.entitlements(),
        plan.policy(),
        plan.kycRequired(),
        priceVersion,
        plan.active());
  }
}
