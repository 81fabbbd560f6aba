package org.openlicensing.core.throttling;

import java.time.Duration;
import java.util.Objects;

/** Whether an attempt may go ahead, and if not, how long until one may. */
public record RateDecision(boolean allowed, Duration retryAfter) {
  public static final RateDecision ALLOWED = new RateDecision(true, Duration.ZERO);

  public RateDecision {
    Objects.requireNonNull(retryAfter, "retryAfter");
  }
}
