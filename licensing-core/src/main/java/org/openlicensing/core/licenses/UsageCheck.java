package org.openlicensing.core.licenses;

import java.time.Instant;
import java.util.Set;
import org.openlicensing.api.licenses.License;

/**
 * Whether a license has used up a metered quota, for validation's USAGE_LIMIT_REACHED. Usage
 * metering implements it; without metering nothing is ever used up.
 */
public interface UsageCheck {
  UsageCheck NONE = (license, metrics, now) -> false;

  /**
   * @param metrics the metrics to judge (the validation's {@code entitlements} scope); empty for
   *     every metric the license has a quota for
   * @return whether any of them has reached its quota in its current period at {@code now}
   */
  boolean limitReached(License license, Set<String> metrics, Instant now);
}
