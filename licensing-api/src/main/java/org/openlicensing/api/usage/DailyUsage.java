package org.openlicensing.api.usage;

import java.time.LocalDate;
import java.util.Objects;

/** How much of a metric was used on one UTC day. */
public record DailyUsage(LocalDate day, String metric, long total) {
  public DailyUsage {
    Objects.requireNonNull(day, "day");
    UsageEvent.requireMetric(metric);
    if (total < 0) {
      throw new IllegalArgumentException("total cannot be negative: " + total);
    }
  }
}
