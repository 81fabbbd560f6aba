package org.openlicensing.core.support;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): 48 bits of milliseconds, then random bits. New rows
 * land at the end of their indexes, and ids sort in creation order, which cursors rely on.
 */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  public static UUID newId(Clock clock) {
    return newId(clock.millis());
  }

  public static UUID newId(long epochMillis) {
    long random = RANDOM.nextLong();
    long most = (epochMillis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
    long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
