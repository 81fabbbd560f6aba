package org.openlicensing.api.usage;

/** How much of a metric was used over a whole range. */
public record MetricTotal(String metric, long total) {
  public MetricTotal {
    UsageEvent.requireMetric(metric);
    if (total < 0) {
      throw new IllegalArgumentException("total cannot be negative: " + total);
    }
  }
}
