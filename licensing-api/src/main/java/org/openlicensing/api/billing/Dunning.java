package org.openlicensing.api.billing;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the collection of a failed payment stands.
 *
 * @param failedAttempts failed attempts to pay the open invoice, the first one included
 * @param nextAttemptAt when the next retry runs; empty when none is planned
 * @param pastDueSince when the first attempt failed
 */
public record Dunning(
    int failedAttempts, Optional<Instant> nextAttemptAt, Optional<Instant> pastDueSince) {
  /** A subscription whose payments are in order. */
  public static final Dunning NONE = new Dunning(0, Optional.empty(), Optional.empty());

  public Dunning {
    if (failedAttempts < 0) {
      throw new IllegalArgumentException("failedAttempts cannot be negative");
    }
    nextAttemptAt = nextAttemptAt == null ? Optional.empty() : nextAttemptAt;
    pastDueSince = pastDueSince == null ? Optional.empty() : pastDueSince;
  }
}
