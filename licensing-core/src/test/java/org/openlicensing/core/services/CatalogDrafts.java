package org.openlicensing.core.services;

import java.util.ArrayList;
import java.util.List;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.api.admin.PlanDraft.PolicyDraft;
import org.openlicensing.api.admin.PlanDraft.PriceDraft;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.catalog.DemoCatalog;

/** Drafts of plans for the catalog contracts: the demo plans as drafts, and edits of them. */
final class CatalogDrafts {
  private CatalogDrafts() {}

  /** The demo plan of this code, as an admin would send it back unchanged. */
  static PlanDraft demo(String code) {
    return of(DemoCatalog.plans().stream().filter(p -> p.code().equals(code)).findFirst().get());
  }

  static PlanDraft of(Plan plan) {
    return new PlanDraft(
        plan.code(),
        plan.name(),
        plan.description(),
        plan.prices().stream()
            .map(
                p ->
                    new PriceDraft(
                        p.period(), p.perSeat().currency().getCurrencyCode(), p.perSeat().amount()))
            .toList(),
        plan.minSeats(),
        plan.maxSeats(),
        plan.trialDays(),
        plan.entitlements().stream().sorted().toList(),
        new PolicyDraft(
            plan.policy().deviceLimit(),
            plan.policy().floating(),
            plan.policy().offlineAllowed(),
            plan.policy().graceDays(),
            (int) plan.policy().tokenLifetime().toDays()),
        plan.kycRequired(),
        plan.active());
  }

  /** A new plan, priced in EUR per seat. */
  static PlanDraft newPlan(String code, long monthly) {
    return new PlanDraft(
        code,
        "Team " + code,
        "For teams",
        List.of(
            new PriceDraft(BillingPeriod.MONTHLY, "EUR", monthly),
            new PriceDraft(BillingPeriod.YEARLY, "EUR", monthly * 10)),
        1,
        25,
        0,
        List.of("core", "exports"),
        new PolicyDraft(2, false, true, 5, 10),
        false,
        true);
  }

  static PlanDraft withMonthly(PlanDraft d, long monthly) {
    List<PriceDraft> prices = new ArrayList<>();
    for (PriceDraft p : d.prices()) {
      prices.add(
          p.period() == BillingPeriod.MONTHLY
              ? new PriceDraft(p.period(), p.currency(), monthly)
              : p);
    }
    return new PlanDraft(
        d.code(),
        d.name(),
        d.description(),
        prices,
        d.minSeats(),
        d.maxSeats(),
        d.trialDays(),
        d.entitlements(),
        d.policy(),
        d.kycRequired(),
        d.active());
  }

  static PlanDraft withName(PlanDraft d, String name) {
    return new PlanDraft(
        d.code(),
        name,
        d.description(),
        d.prices(),
        d.minSeats(),
        d.maxSeats(),
        d.trialDays(),
        d.entitlements(),
        d.policy(),
        d.kycRequired(),
        d.active());
  }

  static PlanDraft withActive(PlanDraft d, boolean active) {
    return new PlanDraft(
        d.code(),
        d.name(),
        d.description(),
        d.prices(),
        d.minSeats(),
        d.maxSeats(),
        d.trialDays(),
        d.entitlements(),
        d.policy(),
        d.kycRequired(),
        active);
  }

  static PlanDraft withEntitlements(PlanDraft d, List<String> entitlements) {
    return new PlanDraft(
        d.code(),
        d.name(),
        d.description(),
        d.prices(),
        d.minSeats(),
        d.maxSeats(),
        d.trialDays(),
        entitlements,
        d.policy(),
        d.kycRequired(),
        d.active());
  }

  static PlanDraft withSeats(PlanDraft d, Integer min, Integer max) {
    return new PlanDraft(
        d.code(),
        d.name(),
        d.description(),
        d.prices(),
        min,
        max,
        d.trialDays(),
        d.entitlements(),
        d.policy(),
        d.kycRequired(),
        d.active());
  }
}
