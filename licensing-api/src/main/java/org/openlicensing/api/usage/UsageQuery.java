package org.openlicensing.api.usage;

import java.time.LocalDate;

/**
 * Which usage to read, as a client asks: any field may be null. Without {@code to}, the range ends
 * today (UTC); without {@code from}, it holds the 30 days up to {@code to}; without {@code metric},
 * every metric.
 */
public record UsageQuery(LocalDate from, LocalDate to, String metric) {
  /** The days of a range when the client names no start. */
  public static final int DEFAULT_DAYS = 30;

  /** The last 30 days, every metric. */
  public static final UsageQuery DEFAULT = new UsageQuery(null, null, null);
}
