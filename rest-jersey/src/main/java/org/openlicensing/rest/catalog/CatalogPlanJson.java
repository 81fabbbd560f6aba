package org.openlicensing.rest.catalog;

import java.util.List;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.TransferRule;

/**
 * A plan as admins and catalog files write it: the body of {@code POST} and {@code PUT
 * /v1/admin/plans}, an entry of a catalog file's {@code plans}, and the {@code plan} that the admin
 * endpoints answer with, so that what is read can be edited and sent back. Read strictly; every
 * field is checked by the service, which names each one at fault.
 *
 * @param active absent for true
 */
public record CatalogPlanJson(
    String code,
    String name,
    String description,
    List<PriceJson> prices,
    Integer minSeats,
    Integer maxSeats,
    Integer trialDays,
    List<String> entitlements,
    PolicyJson policy,
    Boolean kycRequired,
    Boolean active) {

  /** The price of one seat for one period, in minor units: {@code 2900} EUR is 29.00 €. */
  public record PriceJson(BillingPeriod period, String currency, Long amount) {}

  /**
   * How each license of the plan behaves on devices. The fields after {@code tokenLifetimeDays} may
   * be left out for their defaults: the device limit as concurrency limit, a heartbeat window of
   * 600 seconds, not user-bound, overage {@code NONE}, transfer rule {@code DEACTIVATE}.
   */
  public record PolicyJson(
      Integer deviceLimit,
      Boolean floating,
      Boolean offlineAllowed,
      Integer graceDays,
      Integer tokenLifetimeDays,
      Integer concurrencyLimit,
      Integer heartbeatWindowSeconds,
      Boolean userBound,
      OverageAllowance overage,
      TransferRule transferRule) {}

  public PlanDraft toDraft() {
    return new PlanDraft(
        code,
        name,
        description,
        prices == null
            ? null
            : prices.stream()
                .map(
                    p ->
                        p == null
                            ? null
                            : new PlanDraft.PriceDraft(p.period(), p.currency(), p.amount()))
                .toList(),
        minSeats,
        maxSeats,
        trialDays,
        entitlements,
        policy == null
            ? null
            : new PlanDraft.PolicyDraft(
                policy.deviceLimit(),
                policy.floating(),
                policy.offlineAllowed(),
                policy.graceDays(),
                policy.tokenLifetimeDays(),
                policy.concurrencyLimit(),
                policy.heartbeatWindowSeconds(),
                policy.userBound(),
                policy.overage(),
                policy.transferRule()),
        kycRequired,
        active);
  }

  public static CatalogPlanJson of(Plan plan) {
    return new CatalogPlanJson(
        plan.code(),
        plan.name(),
        plan.description(),
        plan.prices().stream()
            .map(
                p ->
                    new PriceJson(
                        p.period(), p.perSeat().currency().getCurrencyCode(), p.perSeat().amount()))
            .toList(),
        plan.minSeats(),
        plan.maxSeats(),
        plan.trialDays(),
        plan.entitlements().stream().sorted().toList(),
        policy(plan.policy()),
        plan.kycRequired(),
        plan.active());
  }

  private static PolicyJson policy(LicensePolicy policy) {
    // Lifetimes are whole days here; one set in code in hours shows rounded up to a day.
    long seconds = policy.tokenLifetime().toSeconds();
    long days = Math.max(1, (seconds + 86_399) / 86_400);
    return new PolicyJson(
        policy.deviceLimit(),
        policy.floating(),
        policy.offlineAllowed(),
        policy.graceDays(),
        (int) Math.min(Integer.MAX_VALUE, days),
        policy.concurrencyLimit(),
        (int) Math.min(Integer.MAX_VALUE, policy.heartbeatWindow().toSeconds()),
        policy.userBound(),
        policy.overage(),
        policy.transferRule());
  }
}
