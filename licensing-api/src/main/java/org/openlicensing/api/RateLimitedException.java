package org.openlicensing.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Too many attempts: the caller may try again after {@link #retryAfter()}. */
public class RateLimitedException extends LicensingException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimitedException(String limit, Duration retryAfter) {
    super(
        ErrorCode.RATE_LIMITED,
        "too many attempts (" + limit + "); try again in " + retryAfter.toSeconds() + " s",
        List.of());
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
