package org.openlicensing.core.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.core.persistence.Transactions;

/**
 * The catalog a new installation starts with, so that the whole journey can be walked at once:
 * Basic, Pro and Enterprise, billed monthly or yearly (two months free) in EUR.
 */
public final class DemoCatalog {
  private DemoCatalog() {}

  public static List<Plan> plans() {
    return List.of(
        new Plan(
            "basic",
            "Basic",
            "For individuals: each license runs on one device.",
            prices(900, 9_000),
            1,
            5,
            0,
            Set.of("core"),
            new LicensePolicy(1, false, true, 3, Duration.ofDays(7)),
            false),
        new Plan(
            "pro",
            "Pro",
            "For professionals and small teams: each license runs on three devices.",
            prices(2_900, 29_000),
            1,
            50,
            0,
            Set.of("core", "exports", "priority-support"),
            new LicensePolicy(3, false, true, 7, Duration.ofDays(14)),
            false),
        new Plan(
            "enterprise",
            "Enterprise",
            "For organizations: each license runs on five devices, from five seats.",
            prices(9_900, 99_000),
            5,
            10_000,
            0,
            Set.of("core", "exports", "priority-support", "sso", "audit-log"),
            new LicensePolicy(5, false, true, 14, Duration.ofDays(30)),
            false));
  }

  /** Stores the demo plans that are missing; plans already there are left as they are. */
  public static int seed(Transactions transactions, PlanRepository plans) {
    return transactions.inTransaction(
        () -> (int) plans().stream().filter(plans::insertIfAbsent).count());
  }

  private static List<Price> prices(long monthlyCents, long yearlyCents) {
    return List.of(
        new Price(BillingPeriod.MONTHLY, Money.of(monthlyCents, "EUR")),
        new Price(BillingPeriod.YEARLY, Money.of(yearlyCents, "EUR")));
  }
}
