package org.openlicensing.rest.catalog;

import java.util.List;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Plan;

/**
 * A plan of the catalog, as shoppers and clients see it.
 *
 * @param active false for a retired plan: its subscribers renew on it, but it is not sold
 */
public record PlanJson(
    String code,
    String name,
    String description,
    List<PriceJson> prices,
    int minSeats,
    int maxSeats,
    int trialDays,
    List<String> entitlements,
    PolicyJson policy,
    boolean kycRequired,
    boolean active) {

  /** The price of one seat for one period. */
  public record PriceJson(String billingPeriod, MoneyJson perSeat) {}

  /**
   * What each license of the plan allows.
   *
   * @param concurrencyLimit how many devices of a floating license run at once; for a node-locked
   *     one, the device limit
   * @param heartbeatWindowSeconds how long a floating device's lease lives without a heartbeat
   * @param overage {@code NONE}, {@code ALLOW_1_25X}, {@code ALLOW_1_5X} or {@code ALLOW_2X}
   * @param transferRule {@code KEEP} or {@code DEACTIVATE}: the devices when the holder changes
   */
  public record PolicyJson(
      int deviceLimit,
      boolean floating,
      boolean offlineAllowed,
      int graceDays,
      long tokenLifetimeSeconds,
      int concurrencyLimit,
      long heartbeatWindowSeconds,
      boolean userBound,
      String overage,
      String transferRule) {
    public static PolicyJson of(LicensePolicy policy) {
      return new PolicyJson(
          policy.deviceLimit(),
          policy.floating(),
          policy.offlineAllowed(),
          policy.graceDays(),
          policy.tokenLifetime().toSeconds(),
          policy.concurrencyLimit(),
          policy.heartbeatWindow().toSeconds(),
          policy.userBound(),
          policy.overage().name(),
          policy.transferRule().name());
    }
  }

  public static PlanJson of(Plan plan) {
    return new PlanJson(
        plan.code(),
        plan.name(),
        plan.description(),
        plan.prices().stream()
            .map(p -> new PriceJson(p.period().name(), MoneyJson.of(p.perSeat())))
            .toList(),
        plan.minSeats(),
        plan.maxSeats(),
        plan.trialDays(),
        plan.entitlements().stream().sorted().toList(),
        PolicyJson.of(plan.policy()),
        plan.kycRequired(),
        plan.active());
  }
}
