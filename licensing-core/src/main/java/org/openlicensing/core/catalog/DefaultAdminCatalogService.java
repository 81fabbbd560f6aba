package org.openlicensing.core.catalog;

import java.util.List;
import java.util.Map;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.AdminCatalogService;
import org.openlicensing.api.admin.PlanDetail;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.api.admin.PlanVersion;
import org.openlicensing.api.admin.VersionedPlan;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.catalog.CatalogEditor.Origin;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;

/** The catalog for platform admins: reads with history, and checked, versioned, audited edits. */
public final class DefaultAdminCatalogService implements AdminCatalogService {
  private final Transactions transactions;
  private final PlanRepository plans;
  private final PlanVersionRepository versions;
  private final CatalogEditor editor;

  public DefaultAdminCatalogService(
      Transactions transactions,
      PlanRepository plans,
      PlanVersionRepository versions,
      CatalogEditor editor) {
    this.transactions = transactions;
    this.plans = plans;
    this.versions = versions;
    this.editor = editor;
  }

  @Override
  public List<VersionedPlan> plans(Caller caller) {
    Callers.requirePlatformAdmin(caller);
    return transactions.inTransaction(
        () -> {
          Map<String, Integer> latest = versions.latestVersions();
          return plans.findAll().stream()
              .map(p -> new VersionedPlan(p, latest.getOrDefault(p.code(), 1)))
              .toList();
        });
  }

  @Override
  public PlanDetail plan(Caller caller, String code) {
    Callers.requirePlatformAdmin(caller);
    return transactions.inTransaction(() -> detail(code));
  }

  @Override
  public PlanDetail create(Caller caller, PlanDraft draft, ClientInfo client) {
    Callers.requirePlatformAdmin(caller);
    Plan plan = PlanDrafts.check(draft, "");
    return transactions.inTransaction(
        () -> {
          if (!editor.create(plan, Origin.admin(caller, client))) {
            throw new LicensingException(
                ErrorCode.CONFLICT, "the catalog has a plan with the code " + plan.code());
          }
          return detail(plan.code());
        });
  }

  @Override
  public PlanDetail replace(Caller caller, String code, PlanDraft draft, ClientInfo client) {
    Callers.requirePlatformAdmin(caller);
    // An unknown plan is NOT_FOUND whatever the body: there is nothing to replace.
    transactions.inTransaction(() -> found(code));
    Plan plan = PlanDrafts.check(withCode(draft, code), "");
    if (!plan.code().equals(code)) {
      throw LicensingException.invalid("code", "cannot change: the plan's code is " + code);
    }
    return transactions.inTransaction(
        () -> {
          editor
              .replace(plan, Origin.admin(caller, client))
              .orElseThrow(() -> LicensingException.notFound("plan"));
          return detail(code);
        });
  }

  /** A draft without a code replaces the plan of the path. */
  private static PlanDraft withCode(PlanDraft draft, String code) {
    if (draft == null || draft.code() != null) {
      return draft;
    }
    return new PlanDraft(
        code,
        draft.name(),
        draft.description(),
        draft.prices(),
        draft.minSeats(),
        draft.maxSeats(),
        draft.trialDays(),
        draft.entitlements(),
        draft.policy(),
        draft.kycRequired(),
        draft.active());
  }

  private PlanDetail detail(String code) {
    Plan plan = found(code);
    List<PlanVersion> history = versions.findByCode(code);
    int version = history.isEmpty() ? 1 : history.get(0).version();
    return new PlanDetail(new VersionedPlan(plan, version), history);
  }

  private Plan found(String code) {
    if (code == null) {
      throw LicensingException.notFound("plan");
    }
    return plans.findByCode(code).orElseThrow(() -> LicensingException.notFound("plan"));
  }
}
