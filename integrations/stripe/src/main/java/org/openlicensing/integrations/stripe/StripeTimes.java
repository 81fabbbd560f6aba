package org.openlicensing.integrations.stripe;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Stripe's timestamps are Unix seconds. */
final class StripeTimes {
  private StripeTimes() {}

  static Instant instant(Long unixSeconds) {
    return Instant.ofEpochSecond(Objects.requireNonNull(unixSeconds, "Stripe timestamp"));
  }

  static Optional<Instant> optional(Long unixSeconds) {
    return Optional.ofNullable(unixSeconds).map(Instant::ofEpochSecond);
  }
}
