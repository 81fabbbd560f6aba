package org.openlicensing.core.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openlicensing.api.billing.SubscriptionStatus;

/**
 * How a failed payment is chased: retries at fixed offsets from the first failure (days 1, 3 and 5
 * by default, as Stripe's smart retries roughly do), an e-mail with each failure, and after the
 * last retry the licenses are suspended and the subscription becomes UNPAID (kept, to be recovered
 * by a payment) or CANCELED.
 *
 * @param retryOffsets when to retry, counted from the first failure, increasing
 * @param finalStatus UNPAID or CANCELED
 */
public record DunningPolicy(List<Duration> retryOffsets, SubscriptionStatus finalStatus) {
  public static final DunningPolicy DEFAULT =
      new DunningPolicy(
          List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(5)),
          SubscriptionStatus.UNPAID);

  public DunningPolicy {
    retryOffsets = List.copyOf(retryOffsets);
    Objects.requireNonNull(finalStatus, "finalStatus");
    if (finalStatus != SubscriptionStatus.UNPAID && finalStatus != SubscriptionStatus.CANCELED) {
      throw new IllegalArgumentException("dunning ends UNPAID or CANCELED, not " + finalStatus);
    }
    Duration previous = Duration.ZERO;
    for (Duration offset : retryOffsets) {
      if (offset.compareTo(previous) <= 0) {
        throw new IllegalArgumentException(
            "retry offsets must increase from zero: " + retryOffsets);
      }
      previous = offset;
    }
  }

  /**
   * When to try again after {@code failures} failed attempts in all, the first included; empty when
   * the retries are spent.
   */
  public Optional<Instant> nextAttempt(Instant firstFailure, int failures) {
    int retriesDone = failures - 1;
    return retriesDone < retryOffsets.size()
        ? Optional.of(firstFailure.plus(retryOffsets.get(retriesDone)))
        : Optional.empty();
  }
}
