package org.openlicensing.api.usage;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a license stands against one of its quotas now.
 *
 * @param used the usage counted in the current period
 * @param periodStart when the current period began
 * @param resetsAt when the next one begins and the count starts afresh
 */
public record QuotaStanding(Quota quota, long used, Instant periodStart, Instant resetsAt) {
  public QuotaStanding {
    Objects.requireNonNull(quota, "quota");
    if (used < 0) {
      throw new IllegalArgumentException("used cannot be negative: " + used);
    }
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(resetsAt, "resetsAt");
  }

  /** How much more the period allows; zero once the limit is reached. */
  public long remaining() {
    return Math.max(0, quota.limit() - used);
  }

  /** Whether nothing more may be used this period. */
  public boolean reached() {
    return used >= quota.limit();
  }
}
