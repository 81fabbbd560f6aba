package org.openlicensing.core.support;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): 48 bits of milliseconds, a 12-bit counter, then 62
 * random bits. New rows land at the end of their indexes, and ids sort in creation order, which
 * cursors and "newest first" lists rely on.
 *
 * <p>Within one process the ids are strictly increasing (RFC 9562, section 6.2, method 1): ids of
 * the same millisecond count up from a random start, so the thousand audit events of one bulk
 * operation keep their order. Should a millisecond run out of counter, or the clock step back a
 * little (up to {@link #MAX_STEP_BACK_MILLIS}), the ids borrow the next millisecond rather than
 * sort before earlier ones. A clock set far back starts afresh.
 */
public final class Ids {
  static final long MAX_STEP_BACK_MILLIS = 10_000;
  private static final int COUNTER_LIMIT = 0x1000;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static long lastMillis = Long.MIN_VALUE;
  private static int counter;

  private Ids() {}

  public static UUID newId(Clock clock) {
    return newId(clock.millis());
  }

  public static UUID newId(long epochMillis) {
    long millis;
    int sequence;
    synchronized (Ids.class) {
      boolean sameOrSlightlyBehind =
          epochMillis <= lastMillis && lastMillis - epochMillis <= MAX_STEP_BACK_MILLIS;
      if (sameOrSlightlyBehind) {
        counter++;
        if (counter == COUNTER_LIMIT) {
          lastMillis++;
          counter = 0;
        }
      } else {
        lastMillis = epochMillis;
        // start low enough that a busy millisecond rarely runs out of counter
        counter = RANDOM.nextInt(COUNTER_LIMIT / 2);
      }
      millis = lastMillis;
      sequence = counter;
    }
    long most = (millis << 16) | 0x7000L | sequence;
    long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
