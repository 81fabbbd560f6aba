package org.openlicensing.persistence.throttling;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;

/**
 * Bucket4j's time, read from a java.time.Clock. The buckets are shared through the database, so
 * every server must measure the same time: wall-clock time, which NTP keeps in step, never a
 * monotonic clock of one process.
 */
record ClockTimeMeter(Clock clock) implements TimeMeter {
  @Override
  public long currentTimeNanos() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  @Override
  public boolean isWallClockBased() {
    return true;
  }
}
