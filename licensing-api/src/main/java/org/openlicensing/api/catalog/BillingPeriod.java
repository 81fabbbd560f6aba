package org.openlicensing.api.catalog;

import java.time.Instant;
import java.time.ZoneOffset;

/** How often a subscription is billed. Periods end on the same calendar day, in UTC. */
public enum BillingPeriod {
  MONTHLY(1),
  YEARLY(12);

  private final int months;

  BillingPeriod(int months) {
    this.months = months;
  }

  /** The end of the period that starts at {@code start}. */
  public Instant after(Instant start) {
    return start.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
  }
}
