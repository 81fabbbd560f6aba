package org.openlicensing.api.usage;

import java.util.List;
import java.util.Objects;

/**
 * Usage over a range of days: a license's, or all of an organization's licenses' together.
 *
 * @param days per day and metric, by day then metric; days without usage are left out
 * @param totals per metric over the whole range, by metric
 * @param quotas a license's quotas as they stand now (none for an organization)
 */
public record UsageSummary(
    DayRange range, List<DailyUsage> days, List<MetricTotal> totals, List<QuotaStanding> quotas) {
  public UsageSummary {
    Objects.requireNonNull(range, "range");
    days = List.copyOf(days);
    totals = List.copyOf(totals);
    quotas = List.copyOf(quotas);
  }
}
