package org.openlicensing.core.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long a failed event waits before each retry: the first delay after the first failure, and so
 * on. The failure of the attempt after the last delay makes the event DEAD.
 */
public record RetrySchedule(List<Duration> delays) {
  /** 1 min, 5 min, 30 min, 2 h, 12 h: six attempts over about fifteen hours. */
  public static final RetrySchedule DEFAULT =
      new RetrySchedule(
          List.of(
              Duration.ofMinutes(1),
              Duration.ofMinutes(5),
              Duration.ofMinutes(30),
              Duration.ofHours(2),
              Duration.ofHours(12)));

  static final int MAX_RETRIES = 50;

  public RetrySchedule {
    delays = List.copyOf(delays);
    if (delays.isEmpty() || delays.size() > MAX_RETRIES) {
      throw new IllegalArgumentException(
          "a retry schedule has 1 to " + MAX_RETRIES + " delays, not " + delays.size());
    }
    for (Duration delay : delays) {
      if (delay.isNegative() || delay.isZero()) {
        throw new IllegalArgumentException("every delay must be positive, not " + delay);
      }
    }
  }

  /** How many attempts an event gets in all: the first and one per delay. */
  public int maxAttempts() {
    return delays.size() + 1;
  }

  /**
   * The wait after the failure of attempt number {@code attempts} (from 1), or empty when that was
   * the last attempt.
   */
  public Optional<Duration> delayAfter(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts count from 1, not " + attempts);
    }
    return attempts <= delays.size() ? Optional.of(delays.get(attempts - 1)) : Optional.empty();
  }
}
