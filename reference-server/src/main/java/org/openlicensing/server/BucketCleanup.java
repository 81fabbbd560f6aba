package org.openlicensing.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openlicensing.persistence.throttling.PostgresRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes rate-limit buckets in PostgreSQL that have refilled: a full bucket means the same as no
 * bucket, and nothing else removes them. Safe on several servers at once.
 */
final class BucketCleanup implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BucketCleanup.class);
  private static final Duration INTERVAL = Duration.ofMinutes(10);
  private static final int BATCH = 1_000;

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "rate-limit-cleanup");
            thread.setDaemon(true);
            return thread;
          });

  BucketCleanup(PostgresRateLimiter limiter) {
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            int removed;
            do {
              removed = limiter.removeExpired(BATCH);
            } while (removed == BATCH);
          } catch (RuntimeException e) {
            LOG.warn("Removing refilled rate-limit buckets failed; the next run retries", e);
          }
        },
        INTERVAL.toMinutes(),
        INTERVAL.toMinutes(),
        TimeUnit.MINUTES);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
