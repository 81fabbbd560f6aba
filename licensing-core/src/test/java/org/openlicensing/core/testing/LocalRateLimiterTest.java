package org.openlicensing.core.testing;

import java.time.Clock;
import org.openlicensing.core.throttling.LocalRateLimiter;
import org.openlicensing.core.throttling.RateLimiter;

/** The rate limiter contract on the buckets in this process's memory. */
class LocalRateLimiterTest extends RateLimiterContract {
  @Override
  protected RateLimiter limiter(Clock clock) {
    return new LocalRateLimiter(clock);
  }
}
