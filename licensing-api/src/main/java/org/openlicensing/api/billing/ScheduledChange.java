package org.openlicensing.api.billing;

import java.util.Objects;

/**
 * A change that waits for the end of the current period: fewer seats or a cheaper plan. The
 * customer keeps what was paid for until then.
 */
public record ScheduledChange(String plan, int seats) {
  public ScheduledChange {
    Objects.requireNonNull(plan, "plan");
    if (seats < 1) {
      throw new IllegalArgumentException("seats must be at least 1: " + seats);
    }
  }
}
