package org.openlicensing.core.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openlicensing.api.usage.DailyDevices;
import org.openlicensing.api.usage.DailyUsage;
import org.openlicensing.api.usage.DayRange;
import org.openlicensing.api.usage.DeviceActivity;
import org.openlicensing.api.usage.MetricTotal;
import org.openlicensing.api.usage.QuotaStanding;
import org.openlicensing.api.usage.UsageSummary;

/** Turns what the store answers into the summaries clients read; pure, so tested on its own. */
final class DailyTotals {
  private DailyTotals() {}

  /** The days as given, and their sums per metric over the range. */
  static UsageSummary summary(DayRange range, List<DailyUsage> days, List<QuotaStanding> quotas) {
    Map<String, Long> sums = new TreeMap<>();
    for (DailyUsage day : days) {
      sums.merge(day.metric(), day.total(), Math::addExact);
    }
    List<MetricTotal> totals = new ArrayList<>(sums.size());
    sums.forEach((metric, total) -> totals.add(new MetricTotal(metric, total)));
    return new UsageSummary(range, days, totals, quotas);
  }

  /**
   * Active devices on each day: those active when the range began, plus those activated up to and
   * on the day, less those ended before the day (one ended on a day still counts on it).
   */
  static DeviceActivity devices(DayRange range, DeviceChanges changes) {
    List<DailyDevices> days = new ArrayList<>(range.days());
    long active = changes.activeAtStart();
    long endedTheDayBefore = 0;
    for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
      active += changes.activatedOn().getOrDefault(day, 0L) - endedTheDayBefore;
      days.add(new DailyDevices(day, active));
      endedTheDayBefore = changes.deactivatedOn().getOrDefault(day, 0L);
    }
    return new DeviceActivity(range, days);
  }
}
