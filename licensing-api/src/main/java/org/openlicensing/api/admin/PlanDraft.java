package org.openlicensing.api.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.TransferRule;

/**
 * A plan as an admin or a catalog file writes it, before it is checked: every field may be missing
 * or wrong, and the service names each one at fault. A draft replaces the whole plan.
 *
 * @param description may be null for none
 * @param active null for true: a plan is on sale unless retired
 */
public record PlanDraft(
    String code,
    String name,
    String description,
    List<PriceDraft> prices,
    Integer minSeats,
    Integer maxSeats,
    Integer trialDays,
    List<String> entitlements,
    PolicyDraft policy,
    Boolean kycRequired,
    Boolean active) {

  public PlanDraft {
    // Null stays null so that the service can say "is required"; a list given is copied. The
    // elements may be null too, which List.copyOf refuses.
    prices = copy(prices);
    entitlements = copy(entitlements);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** The price of one seat for one period, in minor units of the ISO 4217 currency. */
  public record PriceDraft(BillingPeriod period, String currency, Long amount) {}

  /**
   * How the plan's licenses behave on devices; see {@code LicensePolicy}. The fields after {@code
   * tokenLifetimeDays} came later and may be null for their defaults: the device limit as
   * concurrency limit, a heartbeat window of ten minutes, not user-bound, no overage, and
   * DEACTIVATE on transfer.
   */
  public record PolicyDraft(
      Integer deviceLimit,
      Boolean floating,
      Boolean offlineAllowed,
      Integer graceDays,
      Integer tokenLifetimeDays,
      Integer concurrencyLimit,
      Integer heartbeatWindowSeconds,
      Boolean userBound,
      OverageAllowance overage,
      TransferRule transferRule) {

    /** A draft of the first version's fields, the others left to their defaults. */
    public PolicyDraft(
        Integer deviceLimit,
        Boolean floating,
        Boolean offlineAllowed,
        Integer graceDays,
        Integer tokenLifetimeDays) {
      this(
          deviceLimit,
          floating,
          offlineAllowed,
          graceDays,
          tokenLifetimeDays,
          null,
          null,
          null,
          null,
          null);
    }
  }
}
