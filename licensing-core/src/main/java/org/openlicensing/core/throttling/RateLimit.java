package org.openlicensing.core.throttling;

import java.time.Duration;
import java.util.Objects;

/**
 * A limit on attempts: a bucket of {@code capacity} tokens that refills evenly over {@code period},
 * so that bursts up to the capacity pass and a steady stream is held to capacity per period.
 *
 * @param name names the bucket family in keys and in the problem's detail, such as {@code
 *     login-per-ip}
 */
public record RateLimit(String name, long capacity, Duration period) {
  public RateLimit {
    Objects.requireNonNull(name, "name");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive: " + period);
    }
  }
}
