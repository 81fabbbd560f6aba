package org.openlicensing.core.throttling;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets in this server's memory (Bucket4j), for a single server such as the embedded one.
 * Time comes from the library's clock, so tests can move it. At most {@code maxBuckets} are kept;
 * the least recently used are dropped first.
 */
public final class LocalRateLimiter implements RateLimiter {
  public static final int DEFAULT_MAX_BUCKETS = 20_000;

  private final TimeMeter time;
  private final Map<String, Bucket> buckets;

  public LocalRateLimiter(Clock clock) {
    this(clock, DEFAULT_MAX_BUCKETS);
  }

  public LocalRateLimiter(Clock clock, int maxBuckets) {
    this.time = new ClockTimeMeter(clock);
    this.buckets =
        new LinkedHashMap<>(256, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxBuckets;
          }
        };
  }

  @Override
  public RateDecision tryAcquire(String key, RateLimit limit, long tokens) {
    ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(tokens);
    return probe.isConsumed()
        ? RateDecision.ALLOWED
        : new RateDecision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  @Override
  public RateDecision probe(String key, RateLimit limit) {
    EstimationProbe probe = bucket(key, limit).estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? RateDecision.ALLOWED
        : new RateDecision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private Bucket bucket(String key, RateLimit limit) {
    String fullKey = limit.name() + ':' + key;
    synchronized (buckets) {
      return buckets.computeIfAbsent(fullKey, k -> newBucket(limit));
    }
  }

  private Bucket newBucket(RateLimit limit) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build())
        .withCustomTimePrecision(time)
        .build();
  }

  /** Bucket4j's time, read from a java.time.Clock. */
  private record ClockTimeMeter(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      var now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
